package dev.toasty.internal.stmt;

import java.util.List;

/** {@code expr IN (...)}, or {@code NOT IN} when negated. The list is never empty. */
public record ExprInList(Expr operand, List<Expr> list, boolean negated) implements Expr {
    public ExprInList {
        list = List.copyOf(list);
    }
}
