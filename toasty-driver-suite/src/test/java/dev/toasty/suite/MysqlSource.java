package dev.toasty.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a MySQL or MariaDB server for the suite, in order: the {@code TOASTY_TEST_MYSQL_URL} environment
 * variable (then the server is required); a server answering on 127.0.0.1:3306 (user root, no password,
 * database test, created when missing); MySQL 8 through Testcontainers when Docker is available.
 */
final class MysqlSource {

    private MysqlSource() {
    }

    static Source resolve() {
        List<String> tried = new ArrayList<>();
        String env = System.getenv("TOASTY_TEST_MYSQL_URL");
        if (env != null && !env.isBlank()) {
            Source explicit = prepared(env, tried, "TOASTY_TEST_MYSQL_URL");
            return new Source(explicit.url(), explicit.unavailable(), true);
        }
        tried.add("TOASTY_TEST_MYSQL_URL not set");
        if (PostgresSource.listening("127.0.0.1", 3306)) {
            Source local = prepared("mysql://127.0.0.1:3306/test?user=root", tried, "local server");
            if (local.unavailable() == null) {
                return local;
            }
        } else {
            tried.add("nothing listens on 127.0.0.1:3306");
        }
        Source container = Containers.mysql(tried);
        return container != null ? container : new Source(null, String.join("; ", tried));
    }

    /** Creates the URL's database when missing (connecting without it) and returns the URL. */
    static Source prepared(String url, List<String> tried, String source) {
        String toasty = url.replaceFirst("^jdbc:", "");
        String jdbc = "jdbc:mariadb:" + toasty.substring(toasty.indexOf(':') + 1);
        int slash = jdbc.indexOf('/', "jdbc:mariadb://".length());
        int query = jdbc.indexOf('?');
        String database = slash < 0 ? "" : jdbc.substring(slash + 1, query < 0 ? jdbc.length() : query);
        if (database.isEmpty()) {
            tried.add(source + ": the URL names no database");
            return new Source(null, String.join("; ", tried));
        }
        String server = jdbc.substring(0, slash + 1) + (query < 0 ? "" : jdbc.substring(query));
        try (Connection c = DriverManager.getConnection(server)) {
            c.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + database.replace("`", "``") + "`");
        } catch (SQLException e) {
            tried.add(source + ": " + e.getMessage());
            return new Source(null, String.join("; ", tried));
        }
        return new Source(toasty, null);
    }
}
