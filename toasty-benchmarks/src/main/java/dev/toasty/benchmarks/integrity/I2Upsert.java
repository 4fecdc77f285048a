package dev.toasty.benchmarks.integrity;

import org.openjdk.jmh.annotations.Benchmark;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * I2: an upsert by key of an existing record, returning the stored row. Raw JDBC writes it the way a SQL user would:
 * one {@code INSERT ... ON CONFLICT (id) DO UPDATE ... RETURNING} (PostgreSQL and SQLite both have it); Toasty sends
 * the upsert and then reads the stored record.
 */
public class I2Upsert extends AccountTrial {

    private long balance;

    @Override
    protected Class<?> model() {
        return Plain.class;
    }

    @Benchmark
    public long upsert() throws SQLException {
        long id = nextId();
        balance++;
        if (toasty != null) {
            return toasty.upsert(new Plain(id, "owner " + id, balance, 0)).balance();
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO bench_plain (id, owner, balance, version) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, balance = EXCLUDED.balance, "
                + "version = EXCLUDED.version RETURNING id, owner, balance, version")) {
            upsert.setLong(1, id);
            upsert.setString(2, "owner " + id);
            upsert.setLong(3, balance);
            upsert.setLong(4, 0);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return row.getLong(3);
            }
        }
    }
}
