package dev.toasty.internal.read;

import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.internal.stmt.Select;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Model;

import java.util.List;
import java.util.Map;

/**
 * What a {@code Query} says, as one immutable value: filter, order, limit, offset, cursor, scan permission,
 * includes, deferred loads and the row lock. The query API keeps one and replaces it on every builder call; the read
 * operations ({@link Reads}, {@link Pagination}, {@link Includes}) turn it into statements.
 *
 * @param after  the cursor of {@code after(...)}, or null
 * @param before the cursor of {@code before(...)}, or null
 * @param loads  the deferred fields the records load
 * @param lock   the row lock of {@code forUpdate()}/{@code forShare()} and its modifiers, or null
 */
public record QuerySpec(Model model, Expr filter, List<OrderItem> order, Long limit, Long offset, String after, String before,
                        boolean allowScan, List<RelationPath<?, ?>> includes, Map<String, IncludeTree.Node> includeTree,
                        List<String> loads, RowLock lock) {

    /** Every record of the model, in no particular order. */
    public static QuerySpec of(Model model) {
        return new QuerySpec(model, Expr.TRUE, List.of(), null, null, null, null, false, List.of(), Map.of(), List.of(), null);
    }

    public QuerySpec withFilter(Expr value) {
        return new QuerySpec(model, value, order, limit, offset, after, before, allowScan, includes, includeTree, loads, lock);
    }

    public QuerySpec withOrder(List<OrderItem> value) {
        return new QuerySpec(model, filter, value, limit, offset, after, before, allowScan, includes, includeTree, loads, lock);
    }

    public QuerySpec withLimit(Long value) {
        return new QuerySpec(model, filter, order, value, offset, after, before, allowScan, includes, includeTree, loads, lock);
    }

    public QuerySpec withOffset(Long value) {
        return new QuerySpec(model, filter, order, limit, value, after, before, allowScan, includes, includeTree, loads, lock);
    }

    /** This query continuing after ({@code backward} false) or before the cursor's row. */
    public QuerySpec withCursor(String cursor, boolean backward) {
        return new QuerySpec(model, filter, order, limit, offset, backward ? null : cursor, backward ? cursor : null, allowScan,
                includes, includeTree, loads, lock);
    }

    public QuerySpec withScanAllowed() {
        return new QuerySpec(model, filter, order, limit, offset, after, before, true, includes, includeTree, loads, lock);
    }

    /** These relation paths loaded, merged into one include tree. */
    public QuerySpec withIncludes(List<RelationPath<?, ?>> value) {
        return new QuerySpec(model, filter, order, limit, offset, after, before, allowScan, value,
                value.isEmpty() ? Map.of() : IncludeTree.of(value), loads, lock);
    }

    public QuerySpec withLoads(List<String> value) {
        return new QuerySpec(model, filter, order, limit, offset, after, before, allowScan, includes, includeTree, value, lock);
    }

    /** This query taking another row lock (a strength, a wait policy, or both). */
    public QuerySpec withLock(RowLock value) {
        return new QuerySpec(model, filter, order, limit, offset, after, before, allowScan, includes, includeTree, loads, value);
    }

    boolean hasCursor() {
        return after != null || before != null;
    }

    /** The select of this query (no cursor may be set), returning rows, a count or existence, at most {@code rowLimit} rows. */
    Select select(Select.Returning returning, Long rowLimit) {
        requireNoCursor();
        if (returning == Select.Returning.COUNT && lock != null) {
            throw new IllegalStateException("count() does not take a row lock: PostgreSQL cannot lock the rows of an "
                    + "aggregate. Lock them with list() and count the list, or count without forUpdate()/forShare()");
        }
        return new Select(model.type(), filter, order, value(rowLimit), value(offset), returning, allowScan).withDeferred(loads)
                .withLock(statementLock());
    }

    void requireNoCursor() {
        if (hasCursor()) {
            throw new IllegalStateException("count(), exists(), one() and last() do not take a cursor: "
                    + "use list() or paginate() with after()/before()");
        }
    }

    /** The rows of this query's order under another filter (the keyset filter past a cursor). */
    Select selectAfter(Expr where, Long rowLimit) {
        return new Select(model.type(), where, order, value(rowLimit), value(offset), Select.Returning.ROWS, allowScan)
                .withDeferred(loads).withLock(statementLock());
    }

    /** The rows of this query's order reversed, under another filter. */
    Select reversedSelect(Expr where, Long rowLimit) {
        List<OrderItem> reversed = order.stream().map(OrderItem::reversed).toList();
        return new Select(model.type(), where, reversed, value(rowLimit), value(offset), Select.Returning.ROWS, allowScan)
                .withDeferred(loads).withLock(statementLock());
    }

    /** The lock the statements take, checked: a modifier without forUpdate()/forShare() is a mistake, not no lock. */
    private RowLock statementLock() {
        if (lock != null && lock.strength() == null) {
            throw new IllegalStateException((lock.onLocked() == RowLock.Wait.SKIP_LOCKED ? "skipLocked()" : "noWait()")
                    + " applies to a row lock: add forUpdate() or forShare() to the query");
        }
        return lock;
    }

    private static Expr value(Long n) {
        return n == null ? null : new ExprValue(n);
    }
}
