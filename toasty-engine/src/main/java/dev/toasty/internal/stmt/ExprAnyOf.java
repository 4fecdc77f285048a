package dev.toasty.internal.stmt;

/**
 * {@code operand = ANY(?)}: the operand equals one element of a list bound as one array parameter
 * (PostgreSQL). One statement shape whatever the list's length. {@code values} holds the list.
 */
public record ExprAnyOf(Expr operand, Expr values) implements Expr {
}
