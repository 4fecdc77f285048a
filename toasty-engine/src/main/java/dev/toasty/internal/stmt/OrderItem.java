package dev.toasty.internal.stmt;

/** One term of an ORDER BY. */
public record OrderItem(Expr expr, boolean descending, NullOrder nulls) {

    /** The same term in the opposite direction, nulls on the opposite end. */
    public OrderItem reversed() {
        return new OrderItem(expr, !descending, nulls.reversed());
    }

    /** Whether nulls come after every value under this term; by default nulls sort as the greatest value. */
    public boolean nullsLast() {
        return nulls == NullOrder.LAST || (nulls == NullOrder.DEFAULT && !descending);
    }

    public OrderItem withExpr(Expr newExpr) {
        return new OrderItem(newExpr, descending, nulls);
    }
}
