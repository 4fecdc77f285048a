package dev.toasty.internal.stmt;

/** Negation. */
public record ExprNot(Expr operand) implements Expr {
}
