package dev.toasty.internal.stmt;

import java.util.List;

/**
 * A query on one model. {@code limit} and {@code offset} are expressions (values, then arguments) or null.
 * {@code allowScan} says the caller accepts reading the whole table where no key or index answers the
 * filter (backends without {@code fullScan} refuse such a query otherwise).
 */
public record Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning,
                     boolean allowScan) implements Statement {

    public Select {
        order = List.copyOf(order);
    }

    public Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning) {
        this(model, filter, order, limit, offset, returning, false);
    }

    /** What the select returns. */
    public enum Returning { ROWS, COUNT, EXISTS }
}
