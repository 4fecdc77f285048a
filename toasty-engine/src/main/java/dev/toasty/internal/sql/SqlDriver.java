package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Driver;
import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Lowering;
import dev.toasty.internal.engine.NativeSql;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Start;
import dev.toasty.ConnectionException;
import dev.toasty.QueryException;
import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.sql.dialect.SchemaSql;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.internal.sql.dialect.SqlRenderer;
import dev.toasty.internal.sql.dialect.SqlSchemaCheck;
import dev.toasty.internal.sql.dialect.SqlText;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SQL backends: a shape is lowered, verified against the dialect's capability and rendered to
 * SQL once; each execution borrows a connection (the transaction's, when one is bound), binds and reads.
 */
public final class SqlDriver implements Driver {

    private static final Logger LOG = LoggerFactory.getLogger(SqlDriver.class);

    private final JdbcAccess jdbc;
    private final SqlDialect dialect;
    private final NativeRunner natives;

    public SqlDriver(JdbcAccess jdbc) {
        this.jdbc = jdbc;
        this.dialect = jdbc.dialect();
        this.natives = new NativeRunner(jdbc, dialect, this);
    }

    @Override
    public Object runNative(NativeSql sql, Map<String, ?> values, Model model, Schema schema, Events events) {
        return natives.run(sql, values, model, schema, events);
    }

    @Override
    public Capability capability() {
        return dialect.capability();
    }

    @Override
    public Operation plan(Statement shape, Lowering.Lowered lowered, Model model) {
        SqlText sql = render(dialect, model, lowered);
        Plan plan = new Plan(operation(shape), model, sql.sql(), shape.hashCode(), kind(shape), sql.binds(), lowered.args(), dialect,
                shape instanceof Select s ? s.fields() : java.util.List.of(), shape instanceof Select s ? s.via() : null,
                shape instanceof Select s ? s.deferred() : java.util.List.of());
        return new Operation() {
            @Override
            public Object execute(Object[] args, Start start, Events events) {
                return SqlDriver.this.execute(plan, args, events);
            }

            @Override
            public long[] executeBatch(List<Object[]> args, Events events) {
                return SqlDriver.this.executeBatch(plan, args, events);
            }
        };
    }

    /** The SQL of a planned statement; {@link PlanPreview} shows the same. */
    static SqlText render(SqlDialect dialect, Model model, Lowering.Lowered lowered) {
        return SqlRenderer.render(dialect, model, lowered.statement());
    }

    private static String operation(Statement shape) {
        return switch (shape) {
            case Select s -> s.returning() == Select.Returning.ROWS ? "SELECT" : s.returning().name();
            case Insert i -> "INSERT";
            case Update u -> "UPDATE";
            case Delete d -> "DELETE";
        };
    }

    private static Plan.Kind kind(Statement shape) {
        return switch (shape) {
            case Select s -> switch (s.returning()) {
                case ROWS -> s.via() != null ? Plan.Kind.ROWS_VIA : s.fields().isEmpty() ? Plan.Kind.ROWS : Plan.Kind.VALUES;
                case COUNT -> Plan.Kind.COUNT;
                case EXISTS -> Plan.Kind.EXISTS;
            };
            case Insert i -> i.returnKeys() ? Plan.Kind.INSERT_KEYS : Plan.Kind.WRITE;
            case Update u -> Plan.Kind.WRITE;
            case Delete d -> Plan.Kind.WRITE;
        };
    }

    private Object execute(Plan plan, Object[] args, Events events) {
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = jdbc.borrow();
            PreparedStatement ps = jdbc.prepare(c, plan.sql, plan.driverKeys);
            boolean failed = true;
            Object result;
            try {
                plan.bind(ps, args, dialect);
                result = Results.read(plan, ps);
                if (plan.kind == Plan.Kind.WRITE || plan.kind == Plan.Kind.INSERT_KEYS) {
                    commitAlone(c);
                }
                failed = false;
            } finally {
                jdbc.done(c, plan.sql, plan.driverKeys, ps, failed);
            }
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start,
                    plan.kind == Plan.Kind.COUNT ? 1 : Results.rows(result), null);
            return result;
        } catch (SQLException e) {
            ToastyException translated = translate(e, plan.model, plan.operation);
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, translated);
            throw translated;
        } catch (RuntimeException e) {
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, e);
            throw e;
        } finally {
            release(c);
        }
    }

    /** One JDBC batch of a write plan; a count the driver does not report ({@code SUCCESS_NO_INFO}) comes back as -1. */
    private long[] executeBatch(Plan plan, List<Object[]> args, Events events) {
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = jdbc.borrow();
            PreparedStatement ps = jdbc.prepare(c, plan.sql, false);
            boolean failed = true;
            int[] counts;
            try {
                for (Object[] values : args) {
                    plan.bind(ps, values, dialect);
                    ps.addBatch();
                }
                counts = ps.executeBatch();
                commitAlone(c);
                failed = false;
            } finally {
                if (failed) {
                    ps.clearBatch();
                }
                jdbc.done(c, plan.sql, false, ps, failed);
            }
            long[] out = new long[counts.length];
            long rows = 0;
            for (int i = 0; i < counts.length; i++) {
                out[i] = counts[i] >= 0 ? counts[i] : -1;
                rows += Math.max(0, counts[i]);
            }
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, rows, null);
            return out;
        } catch (SQLException e) {
            ToastyException translated = translate(e, plan.model, plan.operation);
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, translated);
            throw translated;
        } catch (RuntimeException e) {
            events.publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, e);
            throw e;
        } finally {
            release(c);
        }
    }

    /**
     * Commits a write made outside any transaction on a connection whose pool turned auto-commit off (a caller's
     * DataSource), as auto-commit would have: otherwise the pool rolls it back when the connection returns.
     */
    private void commitAlone(Connection c) throws SQLException {
        if (!c.getAutoCommit() && !jdbc.inTransaction()) { // auto-commit first: a field read, usually true
            c.commit();
        }
    }

    ToastyException translate(SQLException e, Model model, String operation) {
        ToastyException specific = dialect.translate(e, model, operation);
        if (specific != null) {
            return specific;
        }
        String state = e.getSQLState() != null ? e.getSQLState() : e.getErrorCode() != 0 ? String.valueOf(e.getErrorCode()) : null;
        String what = operation + (model == null ? "" : " on " + model.name());
        if (isConnectionFailure(e)) {
            return new ConnectionException(what + " could not get a working connection: " + e.getMessage(), e);
        }
        return new QueryException(what + " failed" + (state == null ? "" : " [" + state + "]") + ": " + e.getMessage(), state, e);
    }

    /** Connection-level failures: pool timeouts, SQLSTATE class 08, and a server that ended the session (57P01-57P03). */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")));
    }

    void release(Connection c) {
        if (c != null) {
            try {
                jdbc.release(c);
            } catch (SQLException e) {
                LOG.warn("Could not return a connection to the pool", e);
            }
        }
    }

    @Override
    public boolean inTransaction() {
        return jdbc.inTransaction();
    }

    @Override
    public <R> R transaction(Supplier<R> work, Events events) {
        return Transactions.run(jdbc, work, (e, what) -> translate(e, null, what));
    }

    @Override
    public void syncIdentity(Model model, Events events) {
        String sql = dialect.syncIdentity(model.table());
        if (sql != null) {
            ddl(sql, events);
        }
    }

    @Override
    public dev.toasty.internal.migrate.MigrationTarget migrationTarget(Events events) {
        return new SqlMigrations(jdbc, events);
    }

    @Override
    public void pushSchema(Schema schema, Events events) {
        transaction(() -> {
            for (Table table : SchemaSql.ordered(schema.tables())) {
                for (String ddl : SchemaSql.create(dialect, table)) {
                    ddl(ddl, events);
                }
            }
            return null;
        }, events);
    }

    @Override
    public void dropSchema(Schema schema, Events events) {
        transaction(() -> {
            List<Table> ordered = new java.util.ArrayList<>(SchemaSql.ordered(schema.tables()));
            java.util.Collections.reverse(ordered);
            for (Table table : ordered) {
                ddl(SchemaSql.drop(dialect, table), events);
            }
            return null;
        }, events);
    }

    @Override
    public List<SchemaDifference> schemaDifferences(Schema schema, Events events) {
        Connection c = null;
        try {
            c = jdbc.borrow();
            return SqlSchemaCheck.differences(dialect, schema, new CatalogQuery(c, events, e -> translate(e, null, "CATALOG")));
        } catch (SQLException e) {
            throw translate(e, null, "CATALOG");
        } finally {
            release(c);
        }
    }

    private void ddl(String sql, Events events) {
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = jdbc.borrow();
            try (var statement = c.createStatement()) {
                statement.execute(sql);
            }
            events.publish("DDL", null, sql.hashCode(), sql, start, 0, null);
        } catch (SQLException e) {
            ToastyException translated = translate(e, null, "DDL");
            events.publish("DDL", null, sql.hashCode(), sql, start, -1, translated);
            throw translated;
        } finally {
            release(c);
        }
    }

    @Override
    public void close() {
        jdbc.close();
    }

    @Override
    public boolean bindsArrays(dev.toasty.schema.FieldType type) {
        return dialect.bindsArrays(type);
    }
}
