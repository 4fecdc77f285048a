package dev.toasty.internal.stmt;

/** A constant truth value, as left by an empty {@code and}/{@code or}. */
public record ExprConst(boolean value) implements Expr {
}
