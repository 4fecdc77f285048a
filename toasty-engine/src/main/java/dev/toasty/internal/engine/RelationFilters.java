package dev.toasty.internal.engine;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprRelation.Quantifier;
import dev.toasty.internal.stmt.ExprSubquery;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;
import dev.toasty.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns conditions across relations ({@link ExprRelation}) into uncorrelated {@code IN} subqueries
 * ({@link ExprSubquery}) for SQL backends. Runs once per statement shape, on a plan cache miss. Every
 * form is two-valued (never SQL's unknown), so {@code NOT} of it means what it says:
 * <ul>
 *   <li>belongs-to, any: {@code fk IS NOT NULL AND fk IN (SELECT key FROM target WHERE f)};</li>
 *   <li>has-many/has-one, any: {@code key IN (SELECT fk FROM target WHERE fk IS NOT NULL AND f)};</li>
 *   <li>none: the negation of any; all: none of the related rows where {@code f} is not true;</li>
 *   <li>many-to-many: the same across the join model's has-many then its belongs-to.</li>
 * </ul>
 */
final class RelationFilters {

    private final Schema schema;

    private RelationFilters(Schema schema) {
        this.schema = schema;
    }

    static boolean mentionsRelation(Statement statement) {
        Expr filter = switch (statement) {
            case Select s -> s.filter();
            case Update u -> u.filter();
            case Delete d -> d.filter();
            case Insert i -> Expr.TRUE;
        };
        boolean[] found = {false};
        Exprs.map(filter, e -> {
            if (e instanceof ExprRelation) {
                found[0] = true;
            }
            return e;
        });
        return found[0];
    }

    static Statement expand(Statement statement, Schema schema) {
        if (!mentionsRelation(statement)) {
            return statement;
        }
        RelationFilters r = new RelationFilters(schema);
        return switch (statement) {
            case Select s -> s.withFilter(r.expand(s.filter()));
            case Update u -> new Update(u.model(), u.assignments(), r.expand(u.filter()));
            case Delete d -> new Delete(d.model(), r.expand(d.filter()));
            case Insert i -> i;
        };
    }

    private Expr expand(Expr filter) {
        return Exprs.map(filter, e -> e instanceof ExprRelation r ? relation(r) : e);
    }

    private Expr relation(ExprRelation e) {
        Model model = schema.model(e.model());
        Relation r = model.relation(e.relation());
        if (r.through() != null) {
            return through(e, r);
        }
        if (e.quantifier() == Quantifier.IS_A) {
            if (!r.polymorphic()) {
                throw new IllegalArgumentException("isA(...) on " + r.qualifiedName() + ", which is not polymorphic");
            }
            return new ExprBinaryOp(BinaryOp.EQ, new ExprColumn(r.typeField().column()), e.count());
        }
        return switch (e.quantifier()) {
            case ANY -> any(model, r, e.filter(), false);
            case NONE -> Expr.not(any(model, r, e.filter(), false));
            case ALL -> Expr.not(any(model, r, e.filter(), true));
            case COUNT -> count(model, r, e);
            case IS_A -> throw new IllegalStateException();
        };
    }

    /** Any related row where {@code filter} holds (or, with {@code notTrue}, does not hold). */
    private Expr any(Model model, Relation r, Expr filter, boolean notTrue) {
        if (r.kind() == Relation.Kind.BELONGS_TO) {
            if (r.polymorphic()) {
                throw new UnsupportedFeatureException("filtering across the polymorphic relation " + r.qualifiedName(),
                        "Toasty", "filter by its type with isA(...), or query the target model");
            }
            Model target = schema.model(r.target());
            List<Column> fk = columns(r.foreignKey());
            List<Expr> terms = new ArrayList<>();
            fk.forEach(c -> terms.add(new ExprIsNull(new ExprColumn(c), true)));
            terms.add(new ExprSubquery(fk, target, columns(target.key()), null, null, filter, notTrue, null, null));
            return Expr.and(terms);
        }
        return has(model, r, filter, notTrue, null, null);
    }

    private ExprSubquery has(Model model, Relation r, Expr filter, boolean notTrue, BinaryOp op, Expr count) {
        Model target = schema.model(r.target());
        Relation inverse = target.relation(r.inverse());
        Column type = inverse.polymorphic() ? inverse.typeField().column() : null;
        return new ExprSubquery(columns(model.key()), target, columns(inverse.foreignKey()), type,
                type == null ? null : model.name(), filter, notTrue, op, count);
    }

    private Expr count(Model model, Relation r, ExprRelation e) {
        if (r.kind() == Relation.Kind.BELONGS_TO) {
            throw new IllegalArgumentException("count() on " + r.qualifiedName()
                    + ": a belongs-to relation has one record or none; use any() or none()");
        }
        return has(model, r, e.filter(), false, e.countOp(), e.count());
    }

    /** {@code Post.tags} through {@code Post.taggings}: a condition on the taggings whose tag matches. */
    private Expr through(ExprRelation e, Relation r) {
        Model join = schema.model(schema.model(e.model()).relation(r.through()).target());
        Expr reach = relation(ExprRelation.of(join.type(), r.throughTarget(), Quantifier.ANY, e.filter()));
        ExprRelation viaJoin = switch (e.quantifier()) {
            case ANY, NONE, ALL -> ExprRelation.of(e.model(), r.through(), e.quantifier(), reach);
            case COUNT -> new ExprRelation(e.model(), r.through(), Quantifier.COUNT, reach, e.countOp(), e.count());
            case IS_A -> throw new IllegalArgumentException("isA(...) on " + r.qualifiedName() + ", which is not polymorphic");
        };
        return relation(viaJoin);
    }

    private static List<Column> columns(List<Field> fields) {
        return fields.stream().map(Field::column).toList();
    }
}
