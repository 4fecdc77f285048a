package dev.toasty.benchmarks.integrity;

import dev.toasty.Toasty;
import dev.toasty.benchmarks.Database;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The integrity scenarios' trial: {@code bench_account} and {@code bench_plain} with {@link #ACCOUNTS} rows each, beside
 * the item data set, and either raw JDBC on one connection of the shared pool or Toasty over the pool.
 */
@State(Scope.Thread)
public abstract class AccountTrial {

    static final int ACCOUNTS = 1000;

    @Param({"sqlite", "postgresql"})
    public String db;

    @Param({"raw", "toasty"})
    public String impl;

    protected Database database;
    protected Toasty toasty;
    protected Connection connection;
    private long next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = Database.open(db);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[]{"bench_account", "bench_plain"}) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, owner TEXT NOT NULL, balance BIGINT NOT NULL, "
                        + "version BIGINT NOT NULL)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, 0, 0)")) {
                    for (int i = 1; i <= ACCOUNTS; i++) {
                        insert.setLong(1, i);
                        insert.setString(2, "owner " + i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
        if (impl.equals("toasty")) {
            toasty = Toasty.builder().dataSource(database.dataSource()).models(model()).build();
        } else {
            connection = database.dataSource().getConnection();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (toasty != null) {
            toasty.close();
        }
        if (connection != null) {
            connection.close();
        }
        database.close();
    }

    /** The model Toasty maps {@code bench_account} to in this scenario. */
    protected abstract Class<?> model();

    /** The next account id, cycling 1..{@link #ACCOUNTS}. */
    protected long nextId() {
        next = next % ACCOUNTS + 1;
        return next;
    }
}
