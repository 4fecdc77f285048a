package dev.toasty.internal.stmt;

/** {@code expr BETWEEN low AND high}, both ends included. */
public record ExprBetween(Expr operand, Expr low, Expr high) implements Expr {
}
