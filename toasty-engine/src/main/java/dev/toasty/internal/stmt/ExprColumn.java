package dev.toasty.internal.stmt;

import dev.toasty.schema.Column;

/** A table column, after lowering. */
public record ExprColumn(Column column) implements Expr {
}
