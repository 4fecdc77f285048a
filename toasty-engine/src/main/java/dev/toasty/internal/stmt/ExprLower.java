package dev.toasty.internal.stmt;

/** Unicode lower-casing of a string expression, the same on every backend; used for case-insensitive matching. */
public record ExprLower(Expr operand) implements Expr {
}
