package dev.toasty.internal.stmt;

import java.util.List;

/** Conjunction of two or more operands; build through {@link Expr#and}. */
public record ExprAnd(List<Expr> operands) implements Expr {
    public ExprAnd {
        operands = List.copyOf(operands);
    }
}
