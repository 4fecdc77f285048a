package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.read.QuerySpec;
import dev.toasty.internal.read.Reads;
import dev.toasty.internal.read.Slice;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A query on model {@code M}: filters, order, limit and offset, then a terminal operation that runs
 * it ({@link #list()}, {@link #first()}, {@link #one()}, {@link #last()}, {@link #count()},
 * {@link #exists()}, {@link #paginate(int)}), optionally locking the rows it reads ({@link #forUpdate()}). Immutable: every builder method returns a new query,
 * so a query can be kept and reused from several threads.
 */
public final class Query<M> {

    private final Engine engine;
    private final QuerySpec spec;

    Query(Engine engine, Model model) {
        this(engine, QuerySpec.of(model));
    }

    private Query(Engine engine, QuerySpec spec) {
        this.engine = engine;
        this.spec = spec;
    }

    private Query<M> with(QuerySpec next) {
        return new Query<>(engine, next);
    }

    /**
     * Accepts reading the whole table when no key or index answers the filter. SQL databases do that
     * anyway; DynamoDB refuses such a query (naming the index to add) unless it is allowed here, on the
     * model ({@code @Model(allowScan = true)}) or for the whole instance.
     */
    public Query<M> allowScan() {
        return with(spec.withScanAllowed());
    }

    /**
     * Loads these relations of the records read, and theirs when a path continues
     * ({@code User_.posts.then(Post_.comments)}): one query per relation, whatever the number of records.
     * A relation not named here stays unloaded, and reading it throws {@link RelationNotLoadedException}.
     */
    @SafeVarargs
    public final Query<M> include(RelationPath<M, ?>... paths) {
        Model model = spec.model();
        List<RelationPath<?, ?>> all = new ArrayList<>(spec.includes());
        for (RelationPath<M, ?> path : paths) {
            if (path.model() != model.type()) {
                throw new IllegalArgumentException("include(" + path + "): the path starts from " + path.model().getSimpleName()
                        + ", not from the queried " + model.name());
            }
            all.add(path);
        }
        return with(spec.withIncludes(List.copyOf(all)));
    }

    /**
     * Loads these deferred fields ({@code Deferred<String> body}) of the records read, which the default
     * select leaves out. A deferred field not named here reads as not loaded, and {@code get()} on it throws
     * {@link FieldNotLoadedException}.
     */
    @SafeVarargs
    public final Query<M> include(dev.toasty.query.Path<M, ?>... fields) {
        Model model = spec.model();
        List<String> all = new ArrayList<>(spec.loads());
        for (dev.toasty.query.Path<M, ?> path : fields) {
            if (path.model() != model.type() || !model.hasField(path.name()) || !model.field(path.name()).deferred()) {
                throw new IllegalArgumentException("include(" + path + "): only deferred fields of " + model.name()
                        + " (declared as Deferred<T>) are included; other fields are always read");
            }
            if (!all.contains(path.name())) {
                all.add(path.name());
            }
        }
        return with(spec.withLoads(List.copyOf(all)));
    }

    /**
     * Locks the rows this query returns for writing ({@code SELECT ... FOR UPDATE}) until the transaction ends:
     * another transaction that locks or writes them waits. Needs a transaction ({@code db.transaction(...)} or a
     * Spring transaction); run without one, the query throws {@link IllegalStateException}, since the lock would be
     * released as soon as it was taken. Records loaded by {@code include(...)} are not locked. Backends without
     * row locks (SQLite, DynamoDB) refuse it with {@link UnsupportedFeatureException}.
     */
    public Query<M> forUpdate() {
        return lock(RowLock.Strength.UPDATE);
    }

    /**
     * Locks the rows this query returns against writes by other transactions ({@code FOR SHARE}; MariaDB's
     * {@code LOCK IN SHARE MODE}) until the transaction ends; other readers may share the lock. As
     * {@link #forUpdate()}, it needs a transaction.
     */
    public Query<M> forShare() {
        return lock(RowLock.Strength.SHARE);
    }

    /**
     * Leaves out the rows another transaction has locked instead of waiting for them ({@code SKIP LOCKED}): the
     * job-queue read, where each worker takes rows no other worker holds. Applies to the query's row lock.
     */
    public Query<M> skipLocked() {
        return lockWait(RowLock.Wait.SKIP_LOCKED);
    }

    /**
     * Fails at once with {@link LockNotAvailableException} when a row is locked by another transaction, instead of
     * waiting ({@code NOWAIT}). Applies to the query's row lock.
     */
    public Query<M> noWait() {
        return lockWait(RowLock.Wait.NO_WAIT);
    }

    private Query<M> lock(RowLock.Strength strength) {
        RowLock current = spec.lock();
        return with(spec.withLock(current == null ? new RowLock(strength, RowLock.Wait.WAIT) : current.withStrength(strength)));
    }

    private Query<M> lockWait(RowLock.Wait wait) {
        RowLock current = spec.lock();
        if (current != null && current.onLocked() != RowLock.Wait.WAIT && current.onLocked() != wait) {
            throw new IllegalStateException("skipLocked() and noWait() exclude each other: a locked row is either "
                    + "left out or an error, choose one");
        }
        return with(spec.withLock(new RowLock(current == null ? null : current.strength(), wait)));
    }

    /** Adds a filter; several calls combine with AND. A {@code null} filter is ignored. */
    public Query<M> where(Filter<M> condition) {
        if (condition == null) {
            return this;
        }
        return with(spec.withFilter(Expr.and(List.of(spec.filter(), Nodes.expr(condition)))));
    }

    /** Adds the filter only when {@code condition} holds; the supplier is not called otherwise. */
    public Query<M> whereIf(boolean condition, Supplier<Filter<M>> filter) {
        return condition ? where(filter.get()) : this;
    }

    /** Adds the filter made from {@code value} only when the value is not null: for search forms with optional fields. */
    public <V> Query<M> whereIfNotNull(V value, Function<? super V, Filter<M>> filter) {
        return value == null ? this : where(filter.apply(value));
    }

    /** Adds the filter made from the optional's content only when it is present. */
    public <V> Query<M> whereIfPresent(Optional<V> value, Function<? super V, Filter<M>> filter) {
        return value == null || value.isEmpty() ? this : where(filter.apply(value.get()));
    }

    /** Replaces the order with these terms. */
    @SafeVarargs
    public final Query<M> orderBy(Order<M>... terms) {
        List<OrderItem> items = new ArrayList<>();
        for (Order<M> term : terms) {
            items.add(Nodes.item(term));
        }
        return with(spec.withOrder(List.copyOf(items)));
    }

    /** Appends a term to the order: the tie-breaker for rows equal on the terms before it. */
    public Query<M> thenBy(Order<M> term) {
        List<OrderItem> items = new ArrayList<>(spec.order());
        items.add(Nodes.item(term));
        return with(spec.withOrder(List.copyOf(items)));
    }

    /** At most {@code n} records. */
    public Query<M> limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit(" + n + "): the limit cannot be negative");
        }
        return with(spec.withLimit(n));
    }

    /** Skips the first {@code n} records (of the order). For deep pages prefer cursors: {@link #paginate(int)}. */
    public Query<M> offset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset(" + n + "): the offset cannot be negative");
        }
        return with(spec.withOffset(n));
    }

    /** Only records after the row the cursor points at (a page's {@code nextCursor}). */
    public Query<M> after(String cursor) {
        return with(spec.withCursor(requireCursor(cursor), false));
    }

    /** Only records before the row the cursor points at (a page's {@code previousCursor}). */
    public Query<M> before(String cursor) {
        return with(spec.withCursor(requireCursor(cursor), true));
    }

    private static String requireCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new InvalidCursorException("Invalid pagination cursor: it is empty. Pass a page's nextCursor or "
                    + "previousCursor, or leave after()/before() out for the first page");
        }
        return cursor;
    }

    /**
     * Checks, without running anything, that the backend can run this query as {@link #list()} would: it is planned
     * (and the plan cached), and what the backend cannot do throws {@link UnsupportedFeatureException} with the
     * reason. Across relations on DynamoDB the lookup of the related records is checked, not run. Returns this query.
     */
    public Query<M> check() {
        Reads.check(engine, spec);
        return this;
    }

    /** All matching records, in order. */
    public List<M> list() {
        return Reads.list(engine, spec);
    }

    /**
     * The values of the named fields for each matching record, in order, as one array per record.
     * Backends that select columns read only those; DynamoDB reads whole items and keeps these values.
     * Does not take a cursor.
     */
    public List<Object[]> listValues(String... fields) {
        return Reads.listValues(engine, spec, fields);
    }

    /** The first record in order, if any. */
    public Optional<M> first() {
        return limit(1).list().stream().findFirst();
    }

    /** The only matching record; {@link RecordNotFoundException} when none, {@link TooManyRecordsException} when several. */
    public M one() {
        return Reads.one(engine, spec);
    }

    /**
     * The last record in order, if any. Needs an order. Without limit and offset it runs the query with
     * the order reversed and reads one row; with them, it reads the query's rows and keeps the last.
     */
    public Optional<M> last() {
        return Reads.last(engine, spec);
    }

    /** The number of matching records (within limit and offset, when set). A query with a row lock is refused. */
    public long count() {
        return Reads.count(engine, spec);
    }

    /** Whether any record matches. */
    public boolean exists() {
        return Reads.exists(engine, spec);
    }

    /**
     * One page of at most {@code size} records, with cursors to the next and previous pages. The order
     * is the query's order plus the key as tie-breaker (the key alone when the query has no order).
     */
    public Page<M> paginate(int size) {
        Slice<M> page = Reads.paginate(engine, spec, size);
        return new Page<>(page.items(), page.nextCursor(), page.previousCursor());
    }
}
