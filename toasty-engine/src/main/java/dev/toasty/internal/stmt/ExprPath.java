package dev.toasty.internal.stmt;

/** A model field named by the model class and field name, before lowering. */
public record ExprPath(Class<?> model, String field) implements Expr {
}
