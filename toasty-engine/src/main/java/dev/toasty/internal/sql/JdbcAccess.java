package dev.toasty.internal.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.ConnectionException;
import dev.toasty.driver.ConnectionProvider;
import dev.toasty.internal.sql.dialect.PostgresDialect;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.internal.sql.dialect.SqliteDialect;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * The JDBC side of a SQL backend: a connection pool (HikariCP, or the caller's {@link DataSource}),
 * the dialect, and the connection bound to the current thread while a transaction runs.
 */
public final class JdbcAccess implements AutoCloseable {

    /** WAL so readers do not block the writer; a busy timeout instead of failing at once on a lock. */
    private static final java.util.Map<String, String> SQLITE_PRAGMAS = java.util.Map.of("journal_mode", "WAL",
            "busy_timeout", "5000", "foreign_keys", "true", "synchronous", "NORMAL");

    /** Statements kept open per SQLite connection: more than the shapes of a typical hot path. */
    private static final int STATEMENTS_PER_CONNECTION = 128;

    private final SqlDialect dialect;
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final boolean sqlite;
    private final ConnectionProvider provider;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    /** SQLite compiles SQL on every prepare and caches nothing: Toasty keeps its statements open per connection. */
    private final StatementCache statements;

    private JdbcAccess(SqlDialect dialect, DataSource dataSource, HikariDataSource ownedPool, ConnectionProvider provider) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.sqlite = dialect instanceof SqliteDialect;
        this.provider = provider;
        this.statements = sqlite ? new StatementCache(STATEMENTS_PER_CONNECTION) : null;
    }

    /** Opens a pool for a Toasty URL. */
    public static JdbcAccess open(String url, int maxPoolSize, boolean exposeValues) {
        HikariDataSource pool = pool(url, maxPoolSize, exposeValues);
        String backend = ConnectionUrl.parse(url).backend();
        SqlDialect dialect = backend.equals("sqlite") ? new SqliteDialect()
                : backend.equals("mysql") ? detectMysql(pool, url, exposeValues) : new PostgresDialect();
        return new JdbcAccess(dialect, pool, pool, null);
    }

    /**
     * A HikariCP pool for a Toasty URL, set up for its backend: SQLite pragmas and a single connection
     * for {@code :memory:}, MySQL session defaults, PostgreSQL's application name. The caller closes it.
     */
    public static HikariDataSource pool(String url, int maxPoolSize, boolean exposeValues) {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("toasty-" + parsed.backend());
        config.setJdbcUrl(parsed.jdbcUrl());
        Properties properties = new Properties();
        properties.putAll(parsed.properties());
        if (parsed.backend().equals("sqlite")) {
            requireDriver("org.sqlite.JDBC", "org.xerial:sqlite-jdbc");
            SQLITE_PRAGMAS.forEach(properties::setProperty);
            properties.setProperty("transaction_mode", "IMMEDIATE");
            if (parsed.memory()) {
                config.setMaximumPoolSize(1);
                config.setMinimumIdle(1);
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            } else {
                config.setMaximumPoolSize(maxPoolSize > 0 ? maxPoolSize : 4);
            }
        } else if (parsed.backend().equals("mysql")) {
            requireDriver("org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client");
            MysqlServer.configure(parsed, properties, config, maxPoolSize);
        } else {
            requireDriver("org.postgresql.Driver", "org.postgresql:postgresql");
            properties.putIfAbsent("ApplicationName", "toasty");
            properties.setProperty("logServerErrorDetail", String.valueOf(exposeValues));
            config.setMaximumPoolSize(maxPoolSize > 0 ? maxPoolSize : 10);
        }
        config.setDataSourceProperties(properties);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ConnectionException("Could not connect to " + ConnectionUrl.redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static SqlDialect detectMysql(HikariDataSource pool, String url, boolean exposeValues) {
        try (Connection c = pool.getConnection()) {
            return MysqlServer.dialect(c.getMetaData(), exposeValues);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof ConnectionException ce) {
                throw ce;
            }
            throw new ConnectionException("Could not connect to " + ConnectionUrl.redact(url) + ": " + rootMessage(e), e);
        }
    }

    /** Uses a caller-managed data source with a dialect chosen by the caller. */
    public static JdbcAccess of(DataSource dataSource, SqlDialect dialect) {
        return new JdbcAccess(dialect, dataSource, null, null);
    }

    /** Uses a caller-managed data source; the dialect is read from the database's product name. */
    public static JdbcAccess of(DataSource dataSource) {
        return of(dataSource, (ConnectionProvider) null);
    }

    /** Over a data source the application owns; {@code provider} (may be null) hands out its connections. */
    public static JdbcAccess of(DataSource dataSource, ConnectionProvider provider) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            SqlDialect dialect = product.contains("sqlite") ? new SqliteDialect()
                    : product.contains("postgres") ? new PostgresDialect()
                    : product.contains("mysql") || product.contains("mariadb") ? MysqlServer.dialect(c.getMetaData(), false)
                    : null;
            if (dialect == null) {
                throw new ConnectionException("Toasty does not support the database '" + product
                        + "' yet: use SQLite, PostgreSQL, MySQL or MariaDB", null);
            }
            return new JdbcAccess(dialect, dataSource, null, provider);
        } catch (SQLException e) {
            throw new ConnectionException("Could not open a connection from the given DataSource: " + e.getMessage(), e);
        }
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The connection of the current transaction, or a new one from the pool (release it with {@link #release}). */
    public Connection borrow() throws SQLException {
        Connection c = bound.get();
        if (c != null) {
            return c;
        }
        return open();
    }

    public void release(Connection c) throws SQLException {
        if (c != bound.get()) {
            giveBack(c);
        }
    }

    /** Returns a connection from {@link #open}: to the provider when there is one, else closes it. */
    public void giveBack(Connection c) throws SQLException {
        if (provider != null) {
            provider.release(c);
        } else {
            c.close();
        }
    }

    /**
     * A prepared statement for {@code sql} on {@code c} (asking for generated keys when {@code keys}):
     * a cached one on SQLite, else a new one. Give it back with {@link #done}, never close it yourself.
     */
    public PreparedStatement prepare(Connection c, String sql, boolean keys) throws SQLException {
        if (statements != null) {
            return statements.checkOut(c, sql, keys);
        }
        return keys ? c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
    }

    /** Ends the use of a statement from {@link #prepare}: kept for the next call, or closed (always after a failure). */
    public void done(Connection c, String sql, boolean keys, PreparedStatement ps, boolean failed) throws SQLException {
        if (statements != null) {
            statements.release(c, sql, keys, ps, failed);
        } else {
            ps.close();
        }
    }

    /** Whether the current thread runs inside a transaction of this driver. */
    public boolean inTransaction() {
        return bound.get() != null || (provider != null && provider.inTransaction());
    }

    /** Binds {@code c} to the current thread as the transaction's connection, or unbinds with null. */
    public void bind(Connection c) {
        if (c == null) {
            bound.remove();
        } else {
            bound.set(c);
        }
    }

    /** A fresh connection for a transaction. */
    public Connection open() throws SQLException {
        Connection c = provider != null ? provider.acquire() : dataSource.getConnection();
        try {
            prepare(c);
        } catch (SQLException | RuntimeException e) {
            giveBack(c);
            throw e;
        }
        return c;
    }

    private void prepare(Connection c) throws SQLException {
        if (sqlite) {
            SqliteFunctions.register(c);
        }
    }

    private static void requireDriver(String driverClass, String artifact) {
        try {
            Class.forName(driverClass, false, JdbcAccess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConnectionException("The JDBC driver " + driverClass + " is not on the classpath: add the dependency "
                    + artifact, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
