package dev.toasty.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.util.List;

/** PostgreSQL from the embedded binaries on Maven Central; PostgreSQL itself refuses to run as root. */
final class Embedded {

    private static EmbeddedPostgres server;

    private Embedded() {
    }

    static Source start(List<String> tried) {
        if ("root".equals(System.getProperty("user.name"))) {
            tried.add("embedded PostgreSQL cannot run as root");
            return null;
        }
        try {
            server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            String url = "postgresql://127.0.0.1:" + server.getPort() + "/postgres?user=postgres";
            return PostgresSource.prepared(url, tried, "embedded PostgreSQL");
        } catch (java.io.IOException | RuntimeException e) {
            tried.add("embedded PostgreSQL: " + e.getMessage());
            return null;
        }
    }
}
