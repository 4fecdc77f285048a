package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Events;
import dev.toasty.internal.migrate.HistoryRow;
import dev.toasty.internal.migrate.MigrationTarget;
import dev.toasty.internal.migrate.SchemaState;
import dev.toasty.internal.sql.dialect.MigrationSql;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.Step;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Migrations on a SQL database, on one connection held for the whole operation. The lock: PostgreSQL's session
 * advisory lock, MySQL's {@code GET_LOCK}, SQLite's write lock ({@code BEGIN IMMEDIATE}, each migration in a savepoint,
 * foreign keys off while tables are rebuilt and checked before each migration is released). The history is the table
 * {@code toasty_migrations}. PostgreSQL and SQLite apply a migration and its history row in one transaction; MySQL
 * and MariaDB commit each DDL statement, so progress is written after each step. One instance per operation.
 */
final class SqlMigrations implements MigrationTarget {

    static final String HISTORY = "toasty_migrations";
    /** The key of PostgreSQL's advisory lock: the bytes of "toastymg". */
    private static final long PG_LOCK = 0x746f617374796d67L;
    private static final int MYSQL_LOCK_SECONDS = 600;

    private final JdbcAccess jdbc;
    private final SqlDialect dialect;
    private final Events events;
    private final String backend;
    private Connection held;

    SqlMigrations(JdbcAccess jdbc, Events events) {
        this.jdbc = jdbc;
        this.dialect = jdbc.dialect();
        this.events = events;
        this.backend = dialect.name();
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public boolean transactionalDdl() {
        return dialect.capability().has(dev.toasty.driver.Feature.TRANSACTIONAL_DDL);
    }

    @Override
    public List<String> render(Step step, SchemaState before) {
        return MigrationSql.render(dialect, step, before);
    }

    @Override
    public String installedBy() {
        return connected(c -> {
            String user = c.getMetaData().getUserName();
            return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        });
    }

    @Override
    public <R> R locked(Supplier<R> work) {
        if (held != null) {
            return work.get();
        }
        Connection c = null;
        try {
            c = jdbc.open();
            c.setAutoCommit(true);
            lock(c);
            held = c;
            try {
                execute(c, "CREATE TABLE IF NOT EXISTS " + q(HISTORY) + " (" + q("version") + " VARCHAR(50) NOT NULL PRIMARY KEY, "
                        + q("description") + " VARCHAR(200) NOT NULL, " + q("checksum") + " VARCHAR(64) NOT NULL, " + q("state")
                        + " VARCHAR(10) NOT NULL, " + q("installed_by") + " VARCHAR(100) NOT NULL, " + q("installed_on") + " BIGINT NOT NULL, "
                        + q("execution_ms") + " BIGINT NOT NULL, " + q("steps_done") + " INT NOT NULL, " + q("error") + " TEXT)");
                R result = work.get();
                unlock(c, true);
                return result;
            } catch (RuntimeException e) {
                unlock(c, true);
                throw e;
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot take the migration lock on " + backend + ": " + e.getMessage(), e);
        } finally {
            held = null;
            if (c != null) {
                try {
                    jdbc.giveBack(c);
                } catch (SQLException ignored) {
                    // the connection is gone: nothing to give back
                }
            }
        }
    }

    private void lock(Connection c) throws SQLException {
        switch (backend) {
            case "postgresql" -> execute(c, "SELECT pg_advisory_lock(" + PG_LOCK + ")");
            case "mysql" -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT GET_LOCK('toasty_migrations', " + MYSQL_LOCK_SECONDS + ")")) {
                    if (!r.next() || r.getInt(1) != 1) {
                        throw new MigrationException("Another applier held the migration lock (GET_LOCK('toasty_migrations')) for "
                                + MYSQL_LOCK_SECONDS + " seconds; check for a migration that hangs");
                    }
                }
            }
            default -> {
                execute(c, "PRAGMA foreign_keys = OFF");
                execute(c, "BEGIN IMMEDIATE");
            }
        }
    }

    private void unlock(Connection c, boolean commit) {
        try {
            switch (backend) {
                case "postgresql" -> execute(c, "SELECT pg_advisory_unlock(" + PG_LOCK + ")");
                case "mysql" -> execute(c, "SELECT RELEASE_LOCK('toasty_migrations')");
                default -> {
                    execute(c, commit ? "COMMIT" : "ROLLBACK");
                    execute(c, "PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot release the migration lock on " + backend + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<HistoryRow> history() {
        return connected(c -> {
            if (!exists(c, HISTORY)) {
                return List.of();
            }
            List<HistoryRow> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + q("version") + ", " + q("description") + ", "
                    + q("checksum") + ", " + q("state") + ", " + q("installed_by") + ", " + q("installed_on") + ", " + q("execution_ms")
                    + ", " + q("steps_done") + ", " + q("error") + " FROM " + q(HISTORY) + " ORDER BY " + q("installed_on"))) {
                while (r.next()) {
                    out.add(new HistoryRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            Instant.ofEpochMilli(r.getLong(6)), r.getLong(7), r.getInt(8), r.getString(9)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean hasAnyOf(java.util.Set<String> tables) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        tables.forEach(t -> wanted.add(t.toLowerCase(Locale.ROOT)));
        return connected(c -> {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getTables(catalog(c), schema(c), "%", new String[]{"TABLE"})) {
                while (r.next()) {
                    if (wanted.contains(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    @Override
    public void record(HistoryRow row) {
        connected(c -> {
            write(c, row.version(), row);
            return null;
        });
    }

    @Override
    public void forget(String version) {
        connected(c -> {
            write(c, version, null);
            return null;
        });
    }

    @Override
    public void run(String version, List<Step> steps, List<SchemaState> before, int from, HistoryRow done, HistoryRow running) {
        List<List<String>> statements = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            statements.add(render(steps.get(i), before.get(i)));
            described.add(steps.get(i).describe());
        }
        connected(c -> {
            long start = System.nanoTime();
            if (!transactionalDdl()) {
                runStepwise(c, version, statements, described, from, done, running, start);
                return null;
            }
            boolean savepoint = backend.equals("sqlite");
            if (savepoint) {
                execute(c, "SAVEPOINT toasty_migration");
            } else {
                c.setAutoCommit(false);
            }
            boolean ok = false;
            try {
                for (int i = from; i < statements.size(); i++) {
                    steps(c, statements.get(i), i, described.get(i));
                }
                if (savepoint) {
                    checkForeignKeys(c);
                }
                write(c, version, done == null ? null : elapsed(done, start));
                if (savepoint) {
                    execute(c, "RELEASE toasty_migration");
                } else {
                    c.commit();
                }
                ok = true;
            } finally {
                if (!ok) {
                    if (savepoint) {
                        execute(c, "ROLLBACK TO toasty_migration");
                        execute(c, "RELEASE toasty_migration");
                    } else {
                        c.rollback();
                    }
                }
                if (!savepoint) {
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private void runStepwise(Connection c, String version, List<List<String>> statements, List<String> described, int from, HistoryRow done,
                             HistoryRow running, long start) throws SQLException {
        write(c, version, running);
        int step = from;
        try {
            for (; step < statements.size(); step++) {
                steps(c, statements.get(step), step, described.get(step));
                write(c, version, running.withState(HistoryRow.FAILED, done == null ? running.stepsDone() : step + 1,
                        done == null ? "rollback stopped after step " + (step + 1) : "did not finish"));
            }
        } catch (RuntimeException e) {
            String why = done == null ? "rollback failed: " + e.getMessage() : e.getMessage();
            write(c, version, running.withState(HistoryRow.FAILED, done == null ? running.stepsDone() : step, clip(why)));
            throw e;
        }
        write(c, version, done == null ? null : elapsed(done, start));
    }

    private void steps(Connection c, List<String> sqls, int step, String described) {
        for (String sql : sqls) {
            try {
                execute(c, sql);
            } catch (SQLException e) {
                throw new MigrationException("step " + (step + 1) + " (" + described + ") failed: " + e.getMessage() + " [" + sql + "]", e);
            }
        }
    }

    private void checkForeignKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
            if (r.next()) {
                throw new MigrationException("the migration leaves rows of " + r.getString(1) + " whose foreign key points at no row of "
                        + r.getString(3) + " (SQLite's foreign_key_check)");
            }
        }
    }

    private void write(Connection c, String version, HistoryRow row) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + q(HISTORY) + " WHERE " + q("version") + " = ?")) {
            delete.setString(1, version);
            delete.executeUpdate();
        }
        if (row == null) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + q(HISTORY) + " (" + q("version") + ", " + q("description")
                + ", " + q("checksum") + ", " + q("state") + ", " + q("installed_by") + ", " + q("installed_on") + ", " + q("execution_ms")
                + ", " + q("steps_done") + ", " + q("error") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.version());
            insert.setString(2, clip(row.description(), 200));
            insert.setString(3, row.checksum());
            insert.setString(4, row.state());
            insert.setString(5, clip(row.installedBy(), 100));
            insert.setLong(6, row.installedOn().toEpochMilli());
            insert.setLong(7, row.executionMs());
            insert.setInt(8, row.stepsDone());
            insert.setString(9, row.error());
            insert.executeUpdate();
        }
    }

    private static HistoryRow elapsed(HistoryRow row, long start) {
        return new HistoryRow(row.version(), row.description(), row.checksum(), row.state(), row.installedBy(), row.installedOn(),
                (System.nanoTime() - start) / 1_000_000, row.stepsDone(), row.error());
    }

    private void execute(Connection c, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            events.publish("DDL", null, sql.hashCode(), sql, start, 0, null);
        }
    }

    private boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(catalog(c), schema(c), table, new String[]{"TABLE"})) {
            return r.next();
        }
    }

    private String catalog(Connection c) throws SQLException {
        return backend.equals("mysql") ? c.getCatalog() : null;
    }

    private String schema(Connection c) throws SQLException {
        return backend.equals("postgresql") ? c.getSchema() : null;
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }

    private static String clip(String text) {
        return clip(text, 1000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private interface Work<R> {
        R run(Connection c) throws SQLException;
    }

    /** Runs on the held connection, or (outside {@link #locked}: status, history) on one borrowed for the call. */
    private <R> R connected(Work<R> work) {
        try {
            if (held != null) {
                return work.run(held);
            }
            Connection c = jdbc.open();
            try {
                c.setAutoCommit(true);
                return work.run(c);
            } finally {
                jdbc.giveBack(c);
            }
        } catch (SQLException e) {
            throw new MigrationException("The migration history on " + backend + " could not be read or written: " + e.getMessage(), e);
        }
    }
}
