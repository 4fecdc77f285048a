package dev.toasty.suite;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.List;

/** PostgreSQL and MySQL through Testcontainers, for machines with Docker. Stopped by Testcontainers at JVM exit. */
final class Containers {

    private Containers() {
    }

    static Source postgres(List<String> tried) {
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

    /** MySQL 8 (the LTS line); its root user authenticates with caching_sha2_password, hence the key retrieval. */
    static Source mysql(List<String> tried) {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                tried.add("no Docker for Testcontainers");
                return null;
            }
            MySQLContainer container = new MySQLContainer("mysql:8.4");
            container.start();
            String url = "mysql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/"
                    + container.getDatabaseName() + "?user=" + container.getUsername() + "&password=" + container.getPassword()
                    + "&allowPublicKeyRetrieval=true";
            return MysqlSource.prepared(url, tried, "Testcontainers");
        } catch (RuntimeException | LinkageError e) {
            tried.add("Testcontainers: " + e.getMessage());
            return null;
        }
    }
}
