package dev.toasty.internal.stmt;

/** {@code expr IS NULL}, or {@code IS NOT NULL} when negated. */
public record ExprIsNull(Expr operand, boolean negated) implements Expr {
}
