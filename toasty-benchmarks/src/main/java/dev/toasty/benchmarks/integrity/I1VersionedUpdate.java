package dev.toasty.benchmarks.integrity;

import org.openjdk.jmh.annotations.Benchmark;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * I1: a read-modify-write of a versioned record: read it by key, then update it where the version is the one read,
 * storing the next version. Raw JDBC writes the same two statements by hand.
 */
public class I1VersionedUpdate extends AccountTrial {

    @Override
    protected Class<?> model() {
        return Account.class;
    }

    @Benchmark
    public long deposit() throws SQLException {
        long id = nextId();
        if (toasty != null) {
            Account read = toasty.get(Account.class, id);
            return toasty.update(read.withBalance(read.balance() + 1)).version();
        }
        long balance;
        long version;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, owner, balance, version FROM bench_account WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                balance = row.getLong(3);
                version = row.getLong(4);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE bench_account SET owner = ?, balance = ?, version = ? WHERE id = ? AND version = ?")) {
            update.setString(1, "owner " + id);
            update.setLong(2, balance + 1);
            update.setLong(3, version + 1);
            update.setLong(4, id);
            update.setLong(5, version);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("stale");
            }
        }
        return version + 1;
    }
}
