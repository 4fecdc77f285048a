package dev.toasty.internal.engine;

import dev.toasty.QueryException;
import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.event.EngineStats;
import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;
import dev.toasty.internal.jdbc.JdbcDriver;
import dev.toasty.internal.sql.SchemaSql;
import dev.toasty.internal.sql.SqlDialect;
import dev.toasty.internal.sql.SqlRenderer;
import dev.toasty.internal.sql.SqlText;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Runs the pipeline: parameterize, look the shape up in the plan cache (on a miss: lower, verify,
 * render), bind, execute, map rows, publish the event. One per {@code Toasty} instance; thread-safe.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Schema schema;
    private final JdbcDriver driver;
    private final SqlDialect dialect;
    private final PlanCache cache;
    private final List<StatementListener> listeners;
    private final LongAdder executed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder rendered = new LongAdder();
    private volatile boolean closed;

    public Engine(Schema schema, JdbcDriver driver, List<StatementListener> listeners, int planCacheSize) {
        this.schema = schema;
        this.driver = driver;
        this.dialect = driver.dialect();
        this.cache = new PlanCache(planCacheSize);
        this.listeners = List.copyOf(listeners);
    }

    public Schema schema() {
        return schema;
    }

    public Capability capability() {
        return dialect.capability();
    }

    @SuppressWarnings("unchecked")
    public <M> List<M> list(Select select) {
        return (List<M>) run(select, Plan.Kind.ROWS);
    }

    public long count(Select select) {
        return (Long) run(select, Plan.Kind.COUNT);
    }

    public boolean exists(Select select) {
        return (Boolean) run(select, Plan.Kind.EXISTS);
    }

    /** Runs an insert; returns the generated keys in insertion order when it asked for them. */
    @SuppressWarnings("unchecked")
    public List<Object> insert(Insert insert) {
        Object result = run(insert, insert.returnKeys() ? Plan.Kind.INSERT_KEYS : Plan.Kind.WRITE);
        return insert.returnKeys() ? (List<Object>) result : List.of();
    }

    /** Runs an update or delete; returns the number of rows changed. */
    public long write(Statement statement) {
        return (Long) run(statement, Plan.Kind.WRITE);
    }

    private Object run(Statement statement, Plan.Kind kind) {
        requireOpen();
        Parameterized p = Parameterizer.split(statement);
        Plan plan = cache.get(p.shape(), shape -> plan(shape, kind, p.args().length));
        return execute(plan, p.args());
    }

    private Plan plan(Statement shape, Plan.Kind kind, int argCount) {
        Model model = schema.model(shape.model());
        Lowering.Lowered lowered = Lowering.lower(shape, model, argCount);
        Verifier.verify(lowered, dialect.capability(), argCount);
        SqlText sql = SqlRenderer.render(dialect, model, lowered.statement());
        rendered.increment();
        return new Plan(operation(shape), model, sql.sql(), shape.hashCode(), kind, sql.binds(), lowered.args(), dialect);
    }

    private static String operation(Statement shape) {
        return switch (shape) {
            case Select s -> s.returning() == Select.Returning.ROWS ? "SELECT" : s.returning().name();
            case Insert i -> "INSERT";
            case Update u -> "UPDATE";
            case Delete d -> "DELETE";
        };
    }

    private Object execute(Plan plan, Object[] args) {
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = driver.borrow();
            try (PreparedStatement ps = plan.prepare(c)) {
                plan.bind(ps, args, dialect);
                Object result = Results.read(plan, ps);
                publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start,
                        plan.kind == Plan.Kind.COUNT ? 1 : Results.rows(result), null);
                return result;
            }
        } catch (SQLException e) {
            ToastyException translated = translate(e, plan.model, plan.operation);
            publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, translated);
            throw translated;
        } catch (RuntimeException e) {
            publish(plan.operation, plan.model.name(), plan.shapeId, plan.sql, start, -1, e);
            throw e;
        } finally {
            release(c);
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
            return new dev.toasty.ConnectionException(what + " could not get a working connection: " + e.getMessage(), e);
        }
        return new QueryException(what + " failed" + (state == null ? "" : " [" + state + "]") + ": " + e.getMessage(), state, e);
    }

    /** Connection-level failures: pool timeouts, SQLSTATE class 08, and a server that ended the session (57P01-57P03). */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLTransientConnectionException || e instanceof java.sql.SQLNonTransientConnectionException
                || (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This Toasty instance is closed: build a new one");
        }
    }

    /** After rows were inserted with explicit identity values, moves the identity past them (PostgreSQL). */
    public void syncIdentity(Model model) {
        String sql = dialect.syncIdentity(model.table());
        if (sql != null) {
            ddl(sql);
        }
    }

    private void release(Connection c) {
        if (c != null) {
            try {
                driver.release(c);
            } catch (SQLException e) {
                LOG.warn("Could not return a connection to the pool", e);
            }
        }
    }

    private void publish(String operation, String model, int shape, String sql, long start, long rows, Throwable error) {
        executed.increment();
        if (error != null) {
            failed.increment();
        }
        if (listeners.isEmpty()) {
            return;
        }
        StatementEvent event = new StatementEvent(operation, model, shape, sql, Duration.ofNanos(System.nanoTime() - start), rows, error);
        for (StatementListener listener : listeners) {
            try {
                listener.onStatement(event);
            } catch (RuntimeException e) {
                LOG.warn("A statement listener failed", e);
            }
        }
    }

    /** Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. Nested calls join. */
    public <R> R transaction(Supplier<R> work) {
        requireOpen();
        return Transactions.run(driver, work, (e, what) -> translate(e, null, what));
    }

    /** Creates the tables and indexes of every model that do not exist yet. */
    public void pushSchema() {
        transaction(() -> {
            for (Table table : schema.tables()) {
                for (String ddl : SchemaSql.create(dialect, table)) {
                    ddl(ddl);
                }
            }
            return null;
        });
    }

    /** Drops the table of every model, with its rows. */
    public void dropSchema() {
        transaction(() -> {
            for (Table table : schema.tables()) {
                ddl(SchemaSql.drop(dialect, table));
            }
            return null;
        });
    }

    private void ddl(String sql) {
        long start = System.nanoTime();
        Connection c = null;
        try {
            c = driver.borrow();
            try (var statement = c.createStatement()) {
                statement.execute(sql);
            }
            publish("DDL", null, sql.hashCode(), sql, start, 0, null);
        } catch (SQLException e) {
            ToastyException translated = translate(e, null, "DDL");
            publish("DDL", null, sql.hashCode(), sql, start, -1, translated);
            throw translated;
        } finally {
            release(c);
        }
    }

    public EngineStats stats() {
        return new EngineStats(cache.hits.sum(), cache.misses.sum(), rendered.sum(), executed.sum(), failed.sum(), cache.size());
    }

    @Override
    public void close() {
        closed = true;
        driver.close();
    }

}
