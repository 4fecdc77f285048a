package dev.toasty.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open per physical connection, for drivers that compile SQL on every
 * {@code prepareStatement} and cache nothing themselves (SQLite: preparing a statement costs more
 * than running a lookup by key). A statement is checked out while it runs and returned after, so a
 * statement needed again while it is still open (a nested read) gets a fresh one. Statements are
 * prepared on the unwrapped connection, so a pool's proxy does not close them when the connection
 * goes back; they close with the connection, when they fall out of the per-connection LRU, or after
 * a failure.
 */
final class StatementCache {

    private final int perConnection;
    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    StatementCache(int perConnection) {
        this.perConnection = perConnection;
    }

    /** A statement for {@code sql} on {@code connection}'s physical connection; hand it back with {@link #release}. */
    PreparedStatement checkOut(Connection connection, String sql, boolean keys) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            purgeClosed();
            statements = byConnection.computeIfAbsent(physical, c -> new Statements(perConnection));
        }
        PreparedStatement ps = statements.take(keys ? "K" + sql : sql);
        if (ps != null) {
            return ps;
        }
        return keys ? physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : physical.prepareStatement(sql);
    }

    /** Returns a statement for reuse, or closes it when it failed (its state is unknown then). */
    void release(Connection connection, String sql, boolean keys, PreparedStatement ps, boolean failed) throws SQLException {
        if (failed) {
            ps.close();
            return;
        }
        Statements statements = byConnection.get(connection.unwrap(Connection.class));
        if (statements == null || !statements.offer(keys ? "K" + sql : sql, ps)) {
            ps.close();
        }
    }

    /** Forgets connections the pool has closed (their statements closed with them). */
    private void purgeClosed() {
        for (Iterator<Connection> it = byConnection.keySet().iterator(); it.hasNext(); ) {
            Connection c = it.next();
            try {
                if (c.isClosed()) {
                    it.remove();
                }
            } catch (SQLException e) {
                it.remove();
            }
        }
    }

    /** One connection's idle statements, least recently used first. */
    private static final class Statements extends LinkedHashMap<String, PreparedStatement> {

        private final int max;

        Statements(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        synchronized PreparedStatement take(String key) {
            return remove(key);
        }

        /** Keeps {@code ps} unless one for the same SQL is already idle (then the caller closes it). */
        synchronized boolean offer(String key, PreparedStatement ps) {
            return putIfAbsent(key, ps) == null;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= max) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException e) {
                // closing an unused statement: nothing to keep
            }
            return true;
        }
    }
}
