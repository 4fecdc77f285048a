package dev.toasty.internal.stmt;

/** Deletes the rows of one model that match the filter. */
public record Delete(Class<?> model, Expr filter) implements Statement {
}
