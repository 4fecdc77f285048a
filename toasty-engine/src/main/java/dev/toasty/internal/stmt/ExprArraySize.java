package dev.toasty.internal.stmt;

/** The number of elements of an array field, as a long; null when the field is null. */
public record ExprArraySize(Expr operand) implements Expr {
}
