package dev.toasty.internal.stmt;

import dev.toasty.schema.Column;
import dev.toasty.schema.Model;

import java.util.List;

/**
 * The db-level form of a condition across a relation (lowered from {@link ExprRelation}, SQL only):
 * {@code (outer) IN (SELECT inner FROM target WHERE notNull AND typeColumn = 'typeName' AND where)}.
 * With {@code whereNotTrue} the subquery keeps the rows where {@code where} is false or null.
 * {@code COUNT} compares the number of matching rows per outer key with {@code count}, zero included.
 */
public record ExprSubquery(List<Column> outer, Model target, List<Column> inner, Column typeColumn, String typeName,
                           Expr where, boolean whereNotTrue, BinaryOp countOp, Expr count) implements Expr {
    public ExprSubquery {
        outer = List.copyOf(outer);
        inner = List.copyOf(inner);
    }

    public boolean counts() {
        return countOp != null;
    }

    public ExprSubquery withParts(Expr newWhere, Expr newCount) {
        return new ExprSubquery(outer, target, inner, typeColumn, typeName, newWhere, whereNotTrue, countOp, newCount);
    }
}
