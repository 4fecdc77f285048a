package dev.toasty.internal.stmt;

import java.util.List;

/**
 * A query on one model. {@code limit} and {@code offset} are expressions (values, then arguments) or null.
 */
public record Select(Class<?> model, Expr filter, List<OrderItem> order, Expr limit, Expr offset, Returning returning)
        implements Statement {

    public Select {
        order = List.copyOf(order);
    }

    /** What the select returns. */
    public enum Returning { ROWS, COUNT, EXISTS }
}
