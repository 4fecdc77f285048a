package dev.toasty.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A benchmark database: PostgreSQL over loopback ({@code TOASTY_BENCH_POSTGRES_URL}, a JDBC URL,
 * default the local server's {@code test} database) or a fresh SQLite file in WAL mode. It owns one
 * HikariCP pool that every contender shares, so each gets the same connections and settings.
 */
public final class Database implements AutoCloseable {

    public static final String SQLITE = "sqlite";
    public static final String POSTGRESQL = "postgresql";

    private final String name;
    private final String jdbcUrl;
    private final Path file;
    private final HikariDataSource pool;
    private final DataSource dataSource;

    private Database(String name, String jdbcUrl, Path file, HikariDataSource pool, DataSource dataSource) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.file = file;
        this.pool = pool;
        this.dataSource = dataSource;
    }

    /** Opens {@code sqlite} or {@code postgresql} and loads the data set. */
    public static Database open(String name) {
        return open(name, null);
    }

    /** Opens it with every statement counted by {@code counter} (tests only: the counting proxies cost time). */
    public static Database open(String name, StatementCounter counter) {
        try {
            Path file = null;
            String url;
            Properties properties = new Properties();
            if (name.equals(SQLITE)) {
                file = Files.createTempFile("toasty-bench", ".db");
                url = "jdbc:sqlite:" + file;
                properties.setProperty("journal_mode", "WAL");
                properties.setProperty("synchronous", "NORMAL");
                properties.setProperty("foreign_keys", "true");
                properties.setProperty("busy_timeout", "5000");
            } else if (name.equals(POSTGRESQL)) {
                url = postgresUrl();
            } else {
                throw new IllegalArgumentException("Unknown benchmark database '" + name + "': use sqlite or postgresql");
            }
            HikariConfig config = new HikariConfig();
            config.setPoolName("bench-" + name);
            config.setJdbcUrl(url);
            config.setDataSourceProperties(properties);
            config.setMaximumPoolSize(2);
            HikariDataSource pool = new HikariDataSource(config);
            DataSource dataSource = counter == null ? pool : counter.wrap(pool);
            Database db = new Database(name, url, file, pool, dataSource);
            db.recreate();
            return db;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create the SQLite file: " + e.getMessage(), e);
        }
    }

    /** The PostgreSQL JDBC URL: {@code TOASTY_BENCH_POSTGRES_URL}, else the test suite's, else the local server. */
    static String postgresUrl() {
        String bench = System.getenv("TOASTY_BENCH_POSTGRES_URL");
        if (bench != null && !bench.isBlank()) {
            return bench;
        }
        String suite = System.getenv("TOASTY_TEST_POSTGRES_URL");
        if (suite != null && !suite.isBlank()) {
            return suite.startsWith("jdbc:") ? suite : "jdbc:" + suite;
        }
        return "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }

    public String name() {
        return name;
    }

    public boolean postgres() {
        return name.equals(POSTGRESQL);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The shared pool (counting statements when opened with a counter). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Drops and creates the tables, loads {@link Data#ITEMS} items and the users with their posts. */
    public void recreate() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String sql : Ddl.drop(name)) {
                s.execute(sql);
            }
            for (String sql : Ddl.create(name)) {
                s.execute(sql);
            }
            c.setAutoCommit(false);
            load(c);
            c.commit();
            c.setAutoCommit(true);
            String restart = Ddl.restartIdentity(name);
            if (restart != null) {
                s.execute(restart);
            }
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the benchmark tables on " + name + ": " + e.getMessage(), e);
        }
    }

    private static void load(Connection c) throws SQLException {
        try (PreparedStatement items = c.prepareStatement("INSERT INTO bench_item (id, name, category, note, qty, grade, price, "
                + "stock, score, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 1; i <= Data.ITEMS; i++) {
                RawRows.bindItem(items, ItemData.of(i, i), 2);
                items.setLong(1, i);
                items.addBatch();
            }
            items.executeBatch();
        }
        try (PreparedStatement users = c.prepareStatement("INSERT INTO bench_user (id, name, email) VALUES (?, ?, ?)");
             PreparedStatement posts = c.prepareStatement("INSERT INTO bench_post (id, user_id, title, body) VALUES (?, ?, ?, ?)")) {
            long post = 0;
            for (long u = 1; u <= Data.USERS; u++) {
                users.setLong(1, u);
                users.setString(2, "user " + u);
                users.setString(3, "user" + u + "@example.com");
                users.addBatch();
                for (int p = 0; p < Data.POSTS_PER_USER; p++) {
                    post++;
                    posts.setLong(1, post);
                    posts.setLong(2, u);
                    posts.setString(3, "post " + post);
                    posts.setString(4, "the body of post " + post + " by user " + u);
                    posts.addBatch();
                }
            }
            users.executeBatch();
            posts.executeBatch();
        }
    }

    /** Deletes the items inserted after the load (S3, S4), so every iteration starts from the same table. */
    public void deleteInserted() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM bench_item WHERE id > " + Data.ITEMS);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the inserted items: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            } catch (java.io.IOException e) {
                // a temp file left behind
            }
        }
    }
}
