package dev.toasty.internal.read;

import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.schema.Model;

import java.util.Comparator;
import java.util.List;

/**
 * Orders records in memory as a query's ORDER BY would, for related records a backend reads in
 * several requests: nulls as the greatest value unless the term says otherwise.
 */
final class InMemoryOrder {

    private InMemoryOrder() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Object> of(Model model, List<OrderItem> order) {
        Comparator<Object> result = (a, b) -> 0;
        for (OrderItem item : order) {
            int index = model.field(((ExprPath) item.expr()).field()).index();
            boolean nullsLast = item.nullsLast();
            Comparator<Comparable> values = item.descending() ? Comparator.<Comparable>reverseOrder() : Comparator.<Comparable>naturalOrder();
            Comparator<Comparable> withNulls = nullsLast ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
            Comparator<Object> term = Comparator.comparing(row -> (Comparable) model.records().get(row, index), withNulls);
            result = result.thenComparing(term);
        }
        return result;
    }
}
