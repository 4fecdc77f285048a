package dev.toasty.internal.stmt;

/**
 * A test of an array field against a list of values: it holds every one of them ({@code CONTAINS_ALL};
 * a single {@code contains(v)} is the list of one) or at least one ({@code OVERLAPS}). {@code values}
 * is one value, a {@code Collection} of elements, bound as the field's own stored form. A null array
 * matches neither.
 */
public record ExprArrayOp(Op op, Expr operand, Expr values) implements Expr {

    public enum Op {
        CONTAINS_ALL,
        OVERLAPS
    }
}
