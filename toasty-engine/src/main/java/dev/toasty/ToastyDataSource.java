package dev.toasty;

import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.internal.sql.JdbcAccess;

/**
 * Opens the HikariCP pool Toasty would open for a SQL URL ({@code sqlite:...}, {@code postgresql://...},
 * {@code mysql://...}), with the backend's settings, for code that wants the pool itself: the Spring
 * starter registers it as the application's {@code DataSource} so Spring transactions and Toasty share it.
 */
public final class ToastyDataSource {

    private ToastyDataSource() {
    }

    /**
     * @param url         a Toasty SQL URL
     * @param maxPoolSize the pool size, or 0 for the backend's default (4 for a SQLite file, 1 in memory, 10 otherwise)
     * @return an open pool; the caller closes it
     * @throws dev.toasty.ConnectionException when the JDBC driver is missing or the database cannot be reached
     */
    public static HikariDataSource create(String url, int maxPoolSize) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: must not be empty");
        }
        if (maxPoolSize < 0) {
            throw new IllegalArgumentException("maxPoolSize: must be 0 (default) or more, was " + maxPoolSize);
        }
        return JdbcAccess.pool(url, maxPoolSize, false);
    }
}
