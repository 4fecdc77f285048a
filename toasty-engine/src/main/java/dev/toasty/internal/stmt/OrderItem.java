package dev.toasty.internal.stmt;

/** One term of an ORDER BY. */
public record OrderItem(Expr expr, boolean descending, NullOrder nulls) {

    /** The same term in the opposite direction, nulls on the opposite end. */
    public OrderItem reversed() {
        return new OrderItem(expr, !descending, nulls.reversed());
    }

    public OrderItem withExpr(Expr newExpr) {
        return new OrderItem(newExpr, descending, nulls);
    }
}
