package dev.toasty.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as it ships: {@code java -jar} on the repackaged Spring Boot jar, where the migrations are read from
 * {@code BOOT-INF/classes} inside it (a nested jar URL), applied to a new SQLite file at startup, and served.
 */
class FatJarIT {

    @TempDir
    Path dir;

    @Test
    void theRunnableJarAppliesItsMigrationsAndServes() throws Exception {
        Path jar = runnableJar();
        int port = freePort();
        Path db = dir.resolve("demo.db");
        Path log = dir.resolve("app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--server.port=" + port, "--toasty.url=sqlite:" + db)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // the seed runs after the server starts, so the first answers may come before the seeded posts do
            HttpResponse<String> posts = waitFor(app, URI.create("http://127.0.0.1:" + port + "/posts"), log, "Hello from Toasty");
            assertThat(posts.statusCode()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("Toasty migrations: applied [V20261207153303").doesNotContain("ERROR");
            assertThat(appliedVersions(db)).isNotEmpty().allMatch(v -> !v.isBlank());
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static Path runnableJar() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("target"), "demo-app-*.jar")) {
            files.forEach(jars::add);
        }
        jars.removeIf(p -> p.getFileName().toString().endsWith(".original"));
        assertThat(jars).as("the repackaged jar in target/").hasSize(1);
        return jars.get(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first answer of {@code uri} whose body holds {@code expected}, asked every 250 ms for at most 90 s. */
    private static HttpResponse<String> waitFor(Process app, URI uri, Path log, String expected) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.body().contains(expected)) {
                    return answer;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer with \"" + expected + "\" within 90 s:\n" + Files.readString(log));
    }

    private static List<String> appliedVersions(Path db) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rows = c.createStatement().executeQuery("SELECT version FROM toasty_migrations")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
