package dev.toasty.internal.sql;

import com.zaxxer.hikari.HikariConfig;
import dev.toasty.ConnectionException;
import dev.toasty.internal.sql.dialect.MysqlDialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The MySQL/MariaDB side of opening a pool: MariaDB Connector/J settings, and which server answered (read
 * once, when the pool opens, from the product version: MariaDB's contains "MariaDB").
 */
final class MysqlServer {

    /**
     * Connector/J settings Toasty relies on, set whatever the URL says: every key of a multi-row insert back
     * (the connector returns only the first by default), and "rows matched" rather than "rows changed" as
     * the update count, so that saving an unchanged record still finds it, and {@code LocalDateTime}s exchanged
     * verbatim (Toasty's instants are UTC wall-clock values).
     */
    private static final Map<String, String> REQUIRED = Map.of("returnMultiValuesGeneratedIds", "true",
            "useAffectedRows", "false", "pureLocalDateTime", "true");

    /**
     * Defaults that the URL may override: statements prepared once per connection and kept (Toasty's plans reuse
     * the same SQL text), and a UTC session so that SQL functions such as NOW() agree with how Toasty stores
     * instants (UTC wall-clock DATETIME(6), written without any time zone conversion), and strict mode
     * ({@code STRICT_TRANS_TABLES}) so that a value too long or out of range fails instead of being cut.
     */
    private static final Map<String, String> DEFAULTS = Map.of("useServerPrepStmts", "true", "cachePrepStmts", "true",
            "prepStmtCacheSize", "500", "connectionTimeZone", "UTC", "forceConnectionTimeZoneToSession", "true",
            "jdbcCompliantTruncation", "true");

    private MysqlServer() {
    }

    static void configure(ConnectionUrl url, Properties properties, HikariConfig config, int maxPoolSize) {
        properties.putAll(REQUIRED);
        DEFAULTS.forEach((key, value) -> {
            if (!url.sets(key)) {
                properties.setProperty(key, value);
            }
        });
        config.setMaximumPoolSize(maxPoolSize > 0 ? maxPoolSize : 10);
    }

    /** The dialect for the server behind a connection's metadata. */
    static MysqlDialect dialect(DatabaseMetaData metaData, boolean exposeValues) throws SQLException {
        String version = metaData.getDatabaseProductVersion();
        int major = metaData.getDatabaseMajorVersion();
        int minor = metaData.getDatabaseMinorVersion();
        boolean mariadb = version != null && version.contains("MariaDB");
        if (mariadb ? major * 100 + minor < 1005 : major * 10_000 + minor * 100 + patch(version) < 80_017) {
            throw new ConnectionException("Toasty needs MySQL 8.0.17 or MariaDB 10.5 or newer; the server is " + version
                    + ": upgrade it", null);
        }
        return mariadb ? MysqlDialect.mariadb(exposeValues) : MysqlDialect.mysql(exposeValues);
    }

    /** The third number of a version such as {@code 8.0.36-log}, or 0. */
    static int patch(String version) {
        String[] parts = String.valueOf(version).split("[^0-9]+");
        return parts.length > 2 && !parts[2].isEmpty() ? Integer.parseInt(parts[2]) : 0;
    }
}
