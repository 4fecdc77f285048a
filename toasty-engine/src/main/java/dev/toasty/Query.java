package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A query on model {@code M}: filters, order, limit and offset, then a terminal operation that runs
 * it ({@link #list()}, {@link #first()}, {@link #one()}, {@link #last()}, {@link #count()},
 * {@link #exists()}, {@link #paginate(int)}). Immutable: every builder method returns a new query,
 * so a query can be kept and reused from several threads.
 */
public final class Query<M> {

    private final Engine engine;
    private final Model model;
    private final Expr filter;
    private final List<OrderItem> order;
    private final Long limit;
    private final Long offset;
    final String after;
    final String before;
    private final boolean allowScan;
    private final List<RelationPath<?, ?>> includes;
    private final Map<String, IncludeTree.Node> includeTree;
    /** The deferred fields the records load. */
    private final List<String> loads;

    Query(Engine engine, Model model) {
        this(engine, model, Expr.TRUE, List.of(), null, null, null, null, false, List.of(), List.of());
    }

    private Query(Engine engine, Model model, Expr filter, List<OrderItem> order, Long limit, Long offset,
                  String after, String before, boolean allowScan, List<RelationPath<?, ?>> includes, List<String> loads) {
        this.engine = engine;
        this.model = model;
        this.filter = filter;
        this.order = order;
        this.limit = limit;
        this.offset = offset;
        this.after = after;
        this.before = before;
        this.allowScan = allowScan;
        this.includes = includes;
        this.includeTree = includes.isEmpty() ? Map.of() : IncludeTree.of(includes);
        this.loads = loads;
    }

    private Query<M> copy(Expr filter, List<OrderItem> order, Long limit, Long offset, String after, String before) {
        return new Query<>(engine, model, filter, order, limit, offset, after, before, allowScan, includes, loads);
    }

    /**
     * Accepts reading the whole table when no key or index answers the filter. SQL databases do that
     * anyway; DynamoDB refuses such a query (naming the index to add) unless it is allowed here, on the
     * model ({@code @Model(allowScan = true)}) or for the whole instance.
     */
    public Query<M> allowScan() {
        return new Query<>(engine, model, filter, order, limit, offset, after, before, true, includes, loads);
    }

    /**
     * Loads these relations of the records read, and theirs when a path continues
     * ({@code User_.posts.then(Post_.comments)}): one query per relation, whatever the number of records.
     * A relation not named here stays unloaded, and reading it throws {@link RelationNotLoadedException}.
     */
    @SafeVarargs
    public final Query<M> include(RelationPath<M, ?>... paths) {
        List<RelationPath<?, ?>> all = new ArrayList<>(includes);
        for (RelationPath<M, ?> path : paths) {
            if (path.model() != model.type()) {
                throw new IllegalArgumentException("include(" + path + "): the path starts from " + path.model().getSimpleName()
                        + ", not from the queried " + model.name());
            }
            all.add(path);
        }
        return new Query<>(engine, model, filter, order, limit, offset, after, before, allowScan, List.copyOf(all), loads);
    }

    /**
     * Loads these deferred fields ({@code Deferred<String> body}) of the records read, which the default
     * select leaves out. A deferred field not named here reads as not loaded, and {@code get()} on it throws
     * {@link FieldNotLoadedException}.
     */
    @SafeVarargs
    public final Query<M> include(dev.toasty.query.Path<M, ?>... fields) {
        List<String> all = new ArrayList<>(loads);
        for (dev.toasty.query.Path<M, ?> path : fields) {
            if (path.model() != model.type() || !model.hasField(path.name()) || !model.field(path.name()).deferred()) {
                throw new IllegalArgumentException("include(" + path + "): only deferred fields of " + model.name()
                        + " (declared as Deferred<T>) are included; other fields are always read");
            }
            if (!all.contains(path.name())) {
                all.add(path.name());
            }
        }
        return new Query<>(engine, model, filter, order, limit, offset, after, before, allowScan, includes, List.copyOf(all));
    }

    private List<M> loaded(List<M> rows) {
        return includes.isEmpty() ? rows : Includes.load(engine, model, rows, includeTree, false);
    }

    /** {@link #loaded}, for the rows of this query's own {@code list()}: they may be the whole table. */
    private List<M> listLoaded(List<M> rows) {
        boolean wholeTable = Expr.TRUE.equals(filter) && limit == null && offset == null;
        return includes.isEmpty() ? rows : Includes.load(engine, model, rows, includeTree, wholeTable);
    }

    /** Adds a filter; several calls combine with AND. A {@code null} filter is ignored. */
    public Query<M> where(Filter<M> condition) {
        if (condition == null) {
            return this;
        }
        return copy(Expr.and(List.of(filter, condition.expr())), order, limit, offset, after, before);
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
            items.add(term.item());
        }
        return copy(filter, List.copyOf(items), limit, offset, after, before);
    }

    /** Appends a term to the order: the tie-breaker for rows equal on the terms before it. */
    public Query<M> thenBy(Order<M> term) {
        List<OrderItem> items = new ArrayList<>(order);
        items.add(term.item());
        return copy(filter, List.copyOf(items), limit, offset, after, before);
    }

    /** At most {@code n} records. */
    public Query<M> limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit(" + n + "): the limit cannot be negative");
        }
        return copy(filter, order, n, offset, after, before);
    }

    /** Skips the first {@code n} records (of the order). For deep pages prefer cursors: {@link #paginate(int)}. */
    public Query<M> offset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset(" + n + "): the offset cannot be negative");
        }
        return copy(filter, order, limit, n, after, before);
    }

    /** Only records after the row the cursor points at (a page's {@code nextCursor}). */
    public Query<M> after(String cursor) {
        return copy(filter, order, limit, offset, requireCursor(cursor), null);
    }

    /** Only records before the row the cursor points at (a page's {@code previousCursor}). */
    public Query<M> before(String cursor) {
        return copy(filter, order, limit, offset, null, requireCursor(cursor));
    }

    private static String requireCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new InvalidCursorException("Invalid pagination cursor: it is empty. Pass a page's nextCursor or "
                    + "previousCursor, or leave after()/before() out for the first page");
        }
        return cursor;
    }

    /** All matching records, in order. */
    public List<M> list() {
        if (after != null || before != null) {
            return loaded(Pagination.list(this, limit));
        }
        return listLoaded(engine.list(select(Select.Returning.ROWS, limit)));
    }

    /**
     * The values of the named fields for each matching record, in order, as one array per record.
     * SQL backends read only those columns; DynamoDB reads whole items and keeps these values.
     * Does not take a cursor.
     */
    public List<Object[]> listValues(String... fields) {
        requireNoCursor();
        if (fields.length == 0) {
            throw new IllegalArgumentException("listValues(): name at least one field of " + model.name());
        }
        int[] indexes = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            indexes[i] = model.field(fields[i]).index();
        }
        Select select = select(Select.Returning.ROWS, limit);
        if (engine.capability().sql()) {
            return engine.list(select.withFields(List.of(fields)));
        }
        List<Object> rows = engine.list(select);
        List<Object[]> out = new java.util.ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = new Object[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                values[i] = model.mapper().get(row, indexes[i]);
            }
            out.add(values);
        }
        return out;
    }

    /** The first record in order, if any. */
    public Optional<M> first() {
        return limit(1).list().stream().findFirst();
    }

    /** The only matching record; {@link RecordNotFoundException} when none, {@link TooManyRecordsException} when several. */
    public M one() {
        List<M> rows = engine.list(select(Select.Returning.ROWS, 2L));
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("one() found no " + model.name() + " matching the query");
        }
        if (rows.size() > 1) {
            throw new TooManyRecordsException("one() found more than one " + model.name()
                    + " matching the query: add filters, or use first() or list()");
        }
        return loaded(rows).get(0);
    }

    /**
     * The last record in order, if any. Needs an order. Without limit and offset it runs the query with
     * the order reversed and reads one row; with them, it reads the query's rows and keeps the last.
     */
    public Optional<M> last() {
        requireNoCursor();
        if (order.isEmpty()) {
            throw new IllegalStateException("last() needs an order: add orderBy(...) to the query on " + model.name()
                    + " (the last record of an unordered query is undefined)");
        }
        if (limit != null || offset != null) {
            List<M> rows = list();
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        }
        List<M> rows = loaded(engine.list(reversedSelect(filter, 1L)));
        return rows.stream().findFirst();
    }

    /** The number of matching records (within limit and offset, when set). */
    public long count() {
        return engine.count(select(Select.Returning.COUNT, limit));
    }

    /** Whether any record matches. */
    public boolean exists() {
        if (limit != null && limit == 0) {
            requireNoCursor();
            return false;
        }
        return engine.exists(select(Select.Returning.EXISTS, null));
    }

    /**
     * One page of at most {@code size} records, with cursors to the next and previous pages. The order
     * is the query's order plus the key as tie-breaker (the key alone when the query has no order).
     */
    public Page<M> paginate(int size) {
        if (includes.isEmpty()) {
            return Pagination.page(this, size);
        }
        Page<M> page = Pagination.page(new Query<>(engine, model, filter, order, limit, offset, after, before, allowScan,
                List.of(), loads), size);
        return new Page<>(loaded(page.items()), page.nextCursor(), page.previousCursor());
    }

    Select select(Select.Returning returning, Long rowLimit) {
        requireNoCursor();
        return new Select(model.type(), filter, order, value(rowLimit), value(offset), returning, allowScan).withDeferred(loads);
    }

    private void requireNoCursor() {
        if (after != null || before != null) {
            throw new IllegalStateException("count(), exists(), one() and last() do not take a cursor: "
                    + "use list() or paginate() with after()/before()");
        }
    }

    Select selectAfter(Expr where, Long rowLimit) {
        return new Select(model.type(), where, order, value(rowLimit), value(offset), Select.Returning.ROWS, allowScan)
                .withDeferred(loads);
    }

    Select reversedSelect(Expr where, Long rowLimit) {
        List<OrderItem> reversed = order.stream().map(OrderItem::reversed).toList();
        return new Select(model.type(), where, reversed, value(rowLimit), value(offset), Select.Returning.ROWS, allowScan)
                .withDeferred(loads);
    }

    private static Expr value(Long n) {
        return n == null ? null : new ExprValue(n);
    }

    Query<M> withOrder(List<OrderItem> newOrder) {
        return copy(filter, newOrder, limit, offset, after, before);
    }

    Query<M> withLimit(Long n) {
        return copy(filter, order, n, offset, after, before);
    }

    Engine engine() {
        return engine;
    }

    Model model() {
        return model;
    }

    Expr filter() {
        return filter;
    }

    List<OrderItem> order() {
        return order;
    }

    Long offsetValue() {
        return offset;
    }
}
