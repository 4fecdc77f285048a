package dev.toasty.internal.read;

import dev.toasty.internal.engine.Cursors;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Start;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cursor pagination for backends that continue a read from a start key (DynamoDB's
 * {@code ExclusiveStartKey}): a cursor holds the position values of a page's first or last item,
 * and the next read starts after it, forward or (for {@code before}) backward.
 */
final class StartKeyPaging {

    private StartKeyPaging() {
    }

    static <M> Slice<M> page(Engine engine, QuerySpec query, int size, List<Field> fields) {
        boolean backward = query.before() != null;
        List<M> rows = read(engine, query, (long) size + 1, fields);
        boolean more = rows.size() > size;
        List<M> items = new ArrayList<>(more ? rows.subList(0, size) : rows);
        if (backward) {
            Collections.reverse(items);
        }
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : query.after() != null;
        String next = hasNext && !items.isEmpty() ? cursor(query, fields, items.get(items.size() - 1)) : null;
        String previous = hasPrevious && !items.isEmpty() ? cursor(query, fields, items.get(0)) : null;
        return new Slice<>(items, next, previous);
    }

    /** The rows after (or, reversed back into order, before) the cursor. */
    static <M> List<M> list(Engine engine, QuerySpec query, Long limit, List<Field> fields) {
        List<M> rows = new ArrayList<>(read(engine, query, limit, fields));
        if (query.before() != null) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** Rows from the cursor on, nearest first. */
    private static <M> List<M> read(Engine engine, QuerySpec query, Long limit, List<Field> fields) {
        boolean backward = query.before() != null;
        String cursor = backward ? query.before() : query.after();
        Start start = cursor == null ? null
                : new Start(Cursors.decode(cursor, query.model(), signature(query, fields), fields), backward);
        return engine.listFrom(query.selectAfter(query.filter(), limit), start);
    }

    private static <M> String cursor(QuerySpec query, List<Field> fields, M row) {
        Model model = query.model();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = model.records().get(row, fields.get(i).index());
        }
        return Cursors.encode(model, signature(query, fields), fields, values);
    }

    private static String signature(QuerySpec query, List<Field> fields) {
        String order = Pagination.signature(query.order());
        return (order.isEmpty() ? "the stored order" : order) + " (positions by "
                + fields.stream().map(Field::name).collect(Collectors.joining(", ")) + ")";
    }
}
