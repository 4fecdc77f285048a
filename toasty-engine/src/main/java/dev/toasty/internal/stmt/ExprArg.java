package dev.toasty.internal.stmt;

/**
 * The position of a bound argument in a parameterized statement. Two statements that differ only in
 * their values have equal parameterized trees, which is what the plan cache keys on.
 */
public record ExprArg(int index) implements Expr {
}
