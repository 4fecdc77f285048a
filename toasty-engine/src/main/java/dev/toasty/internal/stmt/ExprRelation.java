package dev.toasty.internal.stmt;

/**
 * A condition across a relation of {@code model}: whether any, none or all of the related records
 * match {@code filter} (a condition on the target model), or how many do ({@code count op n}).
 * {@code filter} is {@link Expr#TRUE} for "has any". Lowered by each backend: IN subqueries on SQL.
 */
public record ExprRelation(Class<?> model, String relation, Quantifier quantifier, Expr filter, BinaryOp countOp,
                           Expr count) implements Expr {

    /** {@code IS_A}: a polymorphic relation's target is of the model named by the {@code count} value. */
    public enum Quantifier { ANY, NONE, ALL, COUNT, IS_A }

    public static ExprRelation of(Class<?> model, String relation, Quantifier quantifier, Expr filter) {
        return new ExprRelation(model, relation, quantifier, filter, null, null);
    }

    public static ExprRelation typeIs(Class<?> model, String relation, Class<?> type) {
        return new ExprRelation(model, relation, Quantifier.IS_A, Expr.TRUE, BinaryOp.EQ, new ExprValue(type.getSimpleName()));
    }

    public ExprRelation withParts(Expr newFilter, Expr newCount) {
        return new ExprRelation(model, relation, quantifier, newFilter, countOp, newCount);
    }
}
