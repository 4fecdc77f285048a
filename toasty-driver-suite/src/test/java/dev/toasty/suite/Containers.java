package dev.toasty.suite;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.List;

/** PostgreSQL through Testcontainers, for machines with Docker. Stopped by Testcontainers at JVM exit. */
final class Containers {

    private Containers() {
    }

    static PostgresSource.Result start(List<String> tried) {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                tried.add("no Docker for Testcontainers");
                return null;
            }
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            String url = "postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/"
                    + container.getDatabaseName() + "?user=" + container.getUsername() + "&password=" + container.getPassword();
            return PostgresSource.prepared(url, tried, "Testcontainers");
        } catch (RuntimeException | LinkageError e) {
            tried.add("Testcontainers: " + e.getMessage());
            return null;
        }
    }
}
