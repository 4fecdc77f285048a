package dev.toasty.internal.read;

import dev.toasty.internal.engine.Cursors;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Keyset;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Keyset pagination over a query: the tie-broken order, the cursor filter, and pages. */
final class Pagination {

    private Pagination() {
    }

    static <M> Slice<M> page(Engine engine, QuerySpec query, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("paginate(" + size + "): a page holds at least one record");
        }
        if (query.offset() != null) {
            throw new IllegalStateException("paginate() does not combine with offset(): cursors replace offsets");
        }
        List<Field> startKey = startKeyFields(engine, query);
        if (startKey != null) {
            return StartKeyPaging.page(engine, query, size, startKey);
        }
        QuerySpec ordered = query.withOrder(tieBroken(query.model(), query.order()));
        boolean backward = query.before() != null;
        List<M> rows = Reads.list(engine, ordered.withLimit((long) size + 1));
        boolean more = rows.size() > size;
        List<M> items = more ? (backward ? rows.subList(1, rows.size()) : rows.subList(0, size)) : rows;
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : query.after() != null;
        String next = hasNext && !items.isEmpty() ? cursor(ordered, items.get(items.size() - 1)) : null;
        String previous = hasPrevious && !items.isEmpty() ? cursor(ordered, items.get(0)) : null;
        return new Slice<>(items, next, previous);
    }

    /** Rows of a query that has a cursor, in the query's order. */
    static <M> List<M> list(Engine engine, QuerySpec query, Long limit) {
        List<Field> startKey = startKeyFields(engine, query);
        if (startKey != null) {
            return StartKeyPaging.list(engine, query, limit, startKey);
        }
        QuerySpec ordered = query.withOrder(tieBroken(query.model(), query.order()));
        if (query.before() != null) {
            List<M> rows = new ArrayList<>(engine.<M>list(ordered.reversedSelect(keysetFilter(ordered, true), limit)));
            Collections.reverse(rows);
            return rows;
        }
        return engine.list(ordered.selectAfter(keysetFilter(ordered, false), limit));
    }

    /** The position fields of a backend that pages by start key, or null when a keyset filter pages. */
    private static List<Field> startKeyFields(Engine engine, QuerySpec query) {
        return engine.startKeyFields(query.selectAfter(query.filter(), null));
    }

    /** The query's filter and "beyond the cursor row" in the (reversed, for before) order. */
    private static Expr keysetFilter(QuerySpec query, boolean backward) {
        Model model = query.model();
        List<OrderItem> order = query.order();
        List<Field> fields = Keyset.fields(model, order);
        Object[] values = Cursors.decode(backward ? query.before() : query.after(), model, signature(order), fields);
        List<OrderItem> direction = backward ? order.stream().map(OrderItem::reversed).toList() : order;
        return Expr.and(List.of(query.filter(), Keyset.after(direction, fields, values)));
    }

    /** The order with the key fields appended where missing, so that every row has a unique position. */
    private static List<OrderItem> tieBroken(Model model, List<OrderItem> order) {
        List<OrderItem> out = new ArrayList<>(order);
        for (Field key : model.key()) {
            boolean present = order.stream().anyMatch(o -> o.expr() instanceof ExprPath p && p.field().equals(key.name()));
            if (!present) {
                out.add(new OrderItem(new ExprPath(model.type(), key.name()), false, NullOrder.DEFAULT));
            }
        }
        return List.copyOf(out);
    }

    private static <M> String cursor(QuerySpec ordered, M row) {
        Model model = ordered.model();
        List<Field> fields = Keyset.fields(model, ordered.order());
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = model.records().get(row, fields.get(i).index());
        }
        return Cursors.encode(model, signature(ordered.order()), fields, values);
    }

    static String signature(List<OrderItem> order) {
        return order.stream()
                .map(o -> ((ExprPath) o.expr()).field() + (o.descending() ? " desc" : " asc")
                        + (o.nulls() == NullOrder.DEFAULT ? "" : " nulls " + o.nulls().name().toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }
}
