package dev.toasty.internal.sql;

import dev.toasty.ToastyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One JDBC transaction around a piece of work, with its connection bound to the current thread so that
 * every call the work makes joins it. Anything thrown, checked exceptions smuggled out of a lambda
 * included, rolls back before the connection goes back to the pool.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private Transactions() {
    }

    static <R> R run(JdbcAccess driver, Supplier<R> work, BiFunction<SQLException, String, ToastyException> translate) {
        if (driver.inTransaction()) {
            return work.get();
        }
        Connection c = begin(driver, translate);
        driver.bind(c);
        boolean committed = false;
        try {
            R result = work.get();
            c.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw translate.apply(e, "COMMIT");
        } finally {
            driver.bind(null);
            if (!committed) {
                rollback(c);
            }
            close(driver, c);
        }
    }

    private static Connection begin(JdbcAccess driver, BiFunction<SQLException, String, ToastyException> translate) {
        Connection c = null;
        try {
            c = driver.open();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            if (c != null) {
                close(driver, c);
            }
            throw translate.apply(e, "BEGIN");
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed; the pool discards the connection", e);
        }
    }

    private static void close(JdbcAccess driver, Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Could not reset auto-commit", e);
        }
        try {
            driver.giveBack(c);
        } catch (SQLException e) {
            LOG.debug("Could not close a transaction's connection", e);
        }
    }
}
