package dev.toasty.suite;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a PostgreSQL server for the suite, in order: the {@code TOASTY_TEST_POSTGRES_URL} environment
 * variable; a server answering on 127.0.0.1:5432 (user postgres, database test); Testcontainers when
 * Docker is available; embedded PostgreSQL binaries from Maven Central (which refuse to run as root).
 * Tests run in their own schema, {@code toasty_test}, created when missing.
 */
final class PostgresSource {

    static final String SCHEMA = "toasty_test";

    private PostgresSource() {
    }

    static Source resolve() {
        List<String> tried = new ArrayList<>();
        String env = System.getenv("TOASTY_TEST_POSTGRES_URL");
        if (env != null && !env.isBlank()) {
            Source explicit = prepared(env, tried, "TOASTY_TEST_POSTGRES_URL");
            return new Source(explicit.url(), explicit.unavailable(), true);
        }
        tried.add("TOASTY_TEST_POSTGRES_URL not set");
        if (listening("127.0.0.1", 5432)) {
            Source local = prepared("postgresql://127.0.0.1:5432/test?user=postgres", tried, "local server");
            if (local.unavailable() == null) {
                return local;
            }
        } else {
            tried.add("nothing listens on 127.0.0.1:5432");
        }
        Source container = Containers.postgres(tried);
        if (container != null) {
            return container;
        }
        Source embedded = Embedded.start(tried);
        if (embedded != null) {
            return embedded;
        }
        return new Source(null, String.join("; ", tried));
    }

    /** Creates the test schema through the given URL and returns the URL pointed at it. */
    static Source prepared(String url, List<String> tried, String source) {
        String jdbc = "jdbc:" + url.replaceFirst("^jdbc:", "").replaceFirst("^postgres:", "postgresql:");
        try (Connection c = DriverManager.getConnection(jdbc)) {
            c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        } catch (SQLException e) {
            tried.add(source + ": " + e.getMessage());
            return new Source(null, String.join("; ", tried));
        }
        String separator = url.contains("?") ? "&" : "?";
        return new Source(url.replaceFirst("^jdbc:", "") + separator + "currentSchema=" + SCHEMA, null);
    }

    static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
