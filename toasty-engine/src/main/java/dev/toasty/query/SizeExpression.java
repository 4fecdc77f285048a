package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprValue;

/** The number of elements of an array field, compared with a number. A null field has no size and matches nothing. */
public final class SizeExpression<M> {

    private final Path<M, ?> field;
    private final Expr expr;

    SizeExpression(Path<M, ?> field, Expr expr) {
        this.field = field;
        this.expr = expr;
    }

    public Filter<M> eq(long n) {
        return compare(BinaryOp.EQ, n);
    }

    public Filter<M> ne(long n) {
        return compare(BinaryOp.NE, n);
    }

    public Filter<M> lt(long n) {
        return compare(BinaryOp.LT, n);
    }

    public Filter<M> le(long n) {
        return compare(BinaryOp.LE, n);
    }

    public Filter<M> gt(long n) {
        return compare(BinaryOp.GT, n);
    }

    public Filter<M> ge(long n) {
        return compare(BinaryOp.GE, n);
    }

    private Filter<M> compare(BinaryOp op, long n) {
        return field.filter(new ExprBinaryOp(op, expr, new ExprValue(n)));
    }

    @Override
    public String toString() {
        return field + ".size()";
    }
}
