package dev.toasty.internal.stmt;

/** A literal value supplied by the user; parameterization replaces it with an {@link ExprArg}. */
public record ExprValue(Object value) implements Expr {
}
