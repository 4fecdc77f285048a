package dev.toasty.internal.stmt;

import java.util.List;

/** Disjunction of two or more operands; build through {@link Expr#or}. */
public record ExprOr(List<Expr> operands) implements Expr {
    public ExprOr {
        operands = List.copyOf(operands);
    }
}
