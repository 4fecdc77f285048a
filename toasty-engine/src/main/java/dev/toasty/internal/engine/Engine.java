package dev.toasty.internal.engine;

import dev.toasty.driver.Feature;

import dev.toasty.driver.Capability;
import dev.toasty.event.EngineStats;
import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;
import dev.toasty.event.StatementObserver;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Runs the pipeline shared by every backend: parameterize, look the shape up in the plan cache (on a
 * miss the {@link Driver} plans it), execute with the values, publish the events. One per
 * {@code Toasty} instance; thread-safe.
 */
public final class Engine implements AutoCloseable, Events {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Schema schema;
    private final Driver driver;
    private final PlanCache cache;
    private final List<StatementListener> listeners;
    private final StatementObserver observer;
    private final ThreadLocal<StatementObserver.Scope> scope;
    private final LongAdder executed = new LongAdder();
    private final WriteSettings writes;
    private final LongAdder failed = new LongAdder();
    private final LongAdder planned = new LongAdder();
    private volatile boolean closed;

    public Engine(Schema schema, Driver driver, List<StatementListener> listeners, int planCacheSize) {
        this(schema, driver, listeners, null, planCacheSize);
    }

    public Engine(Schema schema, Driver driver, List<StatementListener> listeners, StatementObserver observer,
                  int planCacheSize) {
        this(schema, driver, listeners, observer, planCacheSize, WriteSettings.defaults());
    }

    public Engine(Schema schema, Driver driver, List<StatementListener> listeners, StatementObserver observer,
                  int planCacheSize, WriteSettings writes) {
        this.writes = writes;
        this.schema = schema;
        this.driver = driver;
        this.cache = new PlanCache(planCacheSize);
        this.listeners = List.copyOf(listeners);
        this.observer = observer;
        this.scope = observer == null ? null : new ThreadLocal<>();
    }

    public Schema schema() {
        return schema;
    }

    /** What writes do beyond the statement: Bean Validation, audit stamps. */
    public WriteSettings writes() {
        return writes;
    }

    public Capability capability() {
        return driver.capability();
    }

    @SuppressWarnings("unchecked")
    public <M> List<M> list(Select select) {
        return (List<M>) run(select, null);
    }

    /** Rows of a select that start after a row, forward or backward (see {@link Driver#startKeyFields}). */
    @SuppressWarnings("unchecked")
    public <M> List<M> listFrom(Select select, Start start) {
        return (List<M>) run(select, start);
    }

    /** The fields of a start key for this select, or null when pages are cut by a keyset filter. */
    public List<Field> startKeyFields(Select select) {
        if (!driver.pagesByStartKey()) {
            return null;
        }
        Parameterized p = Parameterizer.split(select);
        return driver.startKeyFields((Select) p.shape(), schema.model(select.model()), p.args().length);
    }

    public long count(Select select) {
        return (Long) run(select, null);
    }

    public boolean exists(Select select) {
        return (Boolean) run(select, null);
    }

    /**
     * Plans a read as running it would, without running anything: what the backend cannot do is refused here with
     * the same {@link dev.toasty.UnsupportedFeatureException}, and the plan is cached for the first run. Conditions
     * across relations on backends without subqueries check the lookup of the related records instead of reading them.
     */
    public void check(Select select) {
        requireOpen();
        Statement statement = select;
        if (!driver.capability().has(Feature.SUBQUERIES) && RelationFilters.mentionsRelation(statement)) {
            statement = RelationLookups.check(statement, this);
        }
        plan(Parameterizer.split(Planning.expanded(statement, schema)));
    }

    /** Runs an insert; returns the generated keys in insertion order when it asked for them. */
    @SuppressWarnings("unchecked")
    public List<Object> insert(Insert insert) {
        Object result = run(insert, null);
        return insert.returnKeys() ? (List<Object>) result : List.of();
    }

    /** Runs an update or delete; returns the number of rows changed. */
    public long write(Statement statement) {
        return (Long) run(statement, null);
    }

    /**
     * Runs writes of one shape after another as batches: consecutive statements of the same shape go
     * out together (one JDBC batch on SQL). Returns each statement's change count, -1 where the
     * driver did not report it. Call it inside a transaction to make the whole list atomic.
     */
    public long[] writeBatch(List<? extends Statement> statements) {
        requireOpen();
        long[] counts = new long[statements.size()];
        int from = 0;
        while (from < statements.size()) {
            Parameterized first = Parameterizer.split(prepared(statements.get(from)));
            List<Object[]> args = new java.util.ArrayList<>();
            args.add(first.args());
            int to = from + 1;
            while (to < statements.size()) {
                Parameterized next = Parameterizer.split(prepared(statements.get(to)));
                if (!next.shape().equals(first.shape())) {
                    break;
                }
                args.add(next.args());
                to++;
            }
            Operation operation = plan(first);
            long[] part = observer == null ? operation.executeBatch(args, this)
                    : (long[]) observed(statements.get(from), (a, s, e) -> operation.executeBatch(args, e), null, null);
            System.arraycopy(part, 0, counts, from, part.length);
            from = to;
        }
        return counts;
    }

    /** The statement as the planner takes it: relation filters resolved (key-value backends), multi-column members expanded. */
    private Statement prepared(Statement statement) {
        if (!driver.capability().has(Feature.SUBQUERIES) && RelationFilters.mentionsRelation(statement)) {
            statement = RelationLookups.resolve(statement, this);
        }
        return Planning.expanded(statement, schema);
    }

    private Operation plan(Parameterized p) {
        return cache.get(p.shape(), shape -> {
            planned.increment();
            Planning.Planned ready = Planning.planned(shape, p.args().length, schema, driver.capability());
            return driver.plan(ready.shape(), ready.lowered(), ready.model());
        });
    }

    private Object run(Statement statement, Start start) {
        requireOpen();
        statement = prepared(statement);
        Parameterized p = Parameterizer.split(statement);
        Operation operation = plan(p);
        if (statement instanceof Select s && s.lock() != null && !driver.inTransaction()) {
            throw new IllegalStateException("A query with forUpdate() or forShare() on "
                    + schema.model(s.model()).name() + " needs a transaction: without one the lock is released as "
                    + "soon as the rows are read. Run it inside db.transaction(...) or a Spring @Transactional method");
        }
        if (observer == null) {
            return operation.execute(p.args(), start, this);
        }
        return observed(statement, operation, p.args(), start);
    }

    private Object observed(Statement statement, Operation operation, Object[] args, Start start) {
        StatementObserver.Scope outer = scope.get();
        StatementObserver.Scope current = startScope(statement);
        scope.set(current);
        Throwable error = null;
        try {
            return operation.execute(args, start, this);
        } catch (RuntimeException | Error e) {
            error = e;
            throw e;
        } finally {
            scope.set(outer);
            if (current != null) {
                try {
                    current.end(error);
                } catch (RuntimeException e) {
                    LOG.warn("A statement observer failed", e);
                }
            }
        }
    }

    private StatementObserver.Scope startScope(Statement statement) {
        String kind = switch (statement) {
            case Select s -> "SELECT";
            case Insert i -> "INSERT";
            case Update u -> "UPDATE";
            case Delete d -> "DELETE";
        };
        try {
            return observer.start(kind, schema.model(statement.model()).name());
        } catch (RuntimeException e) {
            LOG.warn("A statement observer failed", e);
            return null;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This Toasty instance is closed: build a new one");
        }
    }

    /** Native SQL: rows of {@code model}, or the number of rows changed when {@code model} is null. */
    public Object runNative(String sql, java.util.Map<String, ?> values, Class<?> model) {
        requireOpen();
        return driver.runNative(NativeSql.parse(sql), values, model == null ? null : schema.model(model), schema, this);
    }

    /** After rows were inserted with explicit identity values, moves the identity past them (PostgreSQL). */
    public void syncIdentity(Model model) {
        driver.syncIdentity(model, this);
    }

    @Override
    public void publish(String operation, String model, int shape, String text, long start, long rows, Throwable error) {
        executed.increment();
        if (error != null) {
            failed.increment();
        }
        StatementObserver.Scope current = scope == null ? null : scope.get();
        if (listeners.isEmpty() && current == null) {
            return;
        }
        StatementEvent event = new StatementEvent(operation, model, shape, text, Duration.ofNanos(System.nanoTime() - start), rows, error);
        if (current != null) {
            try {
                current.statement(event);
            } catch (RuntimeException e) {
                LOG.warn("A statement observer failed", e);
            }
        }
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
        return driver.transaction(work, this);
    }

    /** Whether a list of {@code type} values binds as one array parameter ({@code = ANY(?)}, PostgreSQL). */
    public boolean bindsArrays(dev.toasty.schema.FieldType type) {
        return driver.bindsArrays(type);
    }

    /** The backend's side of migrations, for one operation. */
    public dev.toasty.internal.migrate.MigrationTarget migrationTarget() {
        requireOpen();
        return driver.migrationTarget(this);
    }

    /** Creates the tables and indexes of every model that do not exist yet. */
    public void pushSchema() {
        requireOpen();
        driver.pushSchema(schema, this);
    }

    /** Drops the table of every model, with its rows. */
    public void dropSchema() {
        requireOpen();
        driver.dropSchema(schema, this);
    }

    /** How the database differs from the schema; empty when it matches. */
    public List<dev.toasty.schema.SchemaDifference> schemaDifferences() {
        requireOpen();
        return driver.schemaDifferences(schema, this);
    }

    public EngineStats stats() {
        return new EngineStats(cache.hits.sum(), cache.misses.sum(), planned.sum(), executed.sum(), failed.sum(), cache.size());
    }

    @Override
    public void close() {
        closed = true;
        driver.close();
    }
}
