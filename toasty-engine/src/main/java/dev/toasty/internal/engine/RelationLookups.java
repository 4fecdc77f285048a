package dev.toasty.internal.engine;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprRelation.Quantifier;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.ExprAnd;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.ExprOr;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions across relations on backends without subqueries (DynamoDB): a belongs-to path is
 * answered by first reading the matching targets (which must be a key or unique-field lookup, as
 * every DynamoDB read), then filtering on their keys. Other forms are refused with the reason.
 */
final class RelationLookups {

    /** Stands for the keys of the related records when a statement is checked rather than run: never bound. */
    private static final Object UNREAD_KEY = new Object();

    private final Engine engine;
    private final boolean checking;

    private RelationLookups(Engine engine, boolean checking) {
        this.engine = engine;
        this.checking = checking;
    }

    static Statement resolve(Statement statement, Engine engine) {
        return resolve(statement, new RelationLookups(engine, false));
    }

    /** The statement as {@link #resolve} makes it, with the lookups of related records checked instead of run. */
    static Statement check(Statement statement, Engine engine) {
        return resolve(statement, new RelationLookups(engine, true));
    }

    private static Statement resolve(Statement statement, RelationLookups r) {
        return switch (statement) {
            case Select s -> s.withFilter(r.resolve(s.filter()));
            case Update u -> new Update(u.model(), u.assignments(), r.resolve(u.filter()));
            case Delete d -> new Delete(d.model(), r.resolve(d.filter()));
            case Insert i -> i;
        };
    }

    private Expr resolve(Expr filter) {
        return resolve(filter, false);
    }

    /** Resolves relation conditions, knowing whether each sits under an odd number of NOTs. */
    private Expr resolve(Expr e, boolean negated) {
        return switch (e) {
            case ExprRelation r -> relation(r, negated);
            case ExprNot n -> new ExprNot(resolve(n.operand(), !negated));
            case ExprAnd a -> new ExprAnd(a.operands().stream().map(o -> resolve(o, negated)).toList());
            case ExprOr o -> new ExprOr(o.operands().stream().map(x -> resolve(x, negated)).toList());
            default -> e;
        };
    }

    private Expr relation(ExprRelation e, boolean negated) {
        Model model = engine.schema().model(e.model());
        Relation r = model.relation(e.relation());
        String backend = engine.capability().backend();
        if (e.quantifier() == Quantifier.IS_A && r.polymorphic()) {
            return new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), r.typeField().name()), e.count());
        }
        if (r.kind() != Relation.Kind.BELONGS_TO || r.polymorphic() || e.quantifier() != Quantifier.ANY) {
            throw new UnsupportedFeatureException("filtering across " + r.qualifiedName()
                    + (r.kind() == Relation.Kind.BELONGS_TO ? " with " + e.quantifier().name().toLowerCase(java.util.Locale.ROOT) + "(...)" : ""),
                    backend, "it filters across relations only along a belongs-to path to a key or unique field "
                            + "(Post_.author.then(User_.email).eq(...)); load the related records with include(...) "
                            + "and filter them in Java, or keep the value on this model");
        }
        Model target = engine.schema().model(r.target());
        List<Object> rows;
        try {
            Select lookup = new Select(target.type(), e.filter(), List.of(), null, null, Select.Returning.ROWS, false);
            if (checking) {
                engine.check(lookup);
                return unreadKeys(model, r.foreignKey());
            }
            rows = engine.list(lookup);
        } catch (UnsupportedFeatureException refused) {
            throw new UnsupportedFeatureException("filtering across " + r.qualifiedName() + " by a field of "
                    + target.name() + " that is neither its key nor unique", backend,
                    "filter on the key or a @Unique field of " + target.name() + " (" + refused.getMessage() + ")");
        }
        List<Field> fk = r.foreignKey();
        List<Field> key = target.key();
        if (fk.size() == 1) {
            List<Expr> values = rows.stream().map(row -> (Expr) new ExprValue(target.records().get(row, key.get(0).index()))).toList();
            // two-valued, as on SQL: a null foreign key matches the negation
            ExprPath path = new ExprPath(model.type(), fk.get(0).name());
            // one target (a key or unique lookup) becomes an equality, which the foreign key's index answers
            if (values.size() == 1 && !negated) {
                return new ExprBinaryOp(BinaryOp.EQ, path, values.get(0));
            }
            return values.isEmpty() ? Expr.FALSE
                    : Expr.and(List.of(new ExprIsNull(path, true), new ExprInList(path, values, false)));
        }
        List<Expr> alternatives = new ArrayList<>();
        for (Object row : rows) {
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < fk.size(); i++) {
                terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), fk.get(i).name()),
                        new ExprValue(target.records().get(row, key.get(i).index()))));
            }
            alternatives.add(Expr.and(terms));
        }
        return Expr.or(alternatives);
    }

    /** The filter a single related record leads to, its key values standing in unread: the shape the check plans. */
    private static Expr unreadKeys(Model model, List<Field> fk) {
        List<Expr> terms = new ArrayList<>();
        for (Field field : fk) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), field.name()), new ExprValue(UNREAD_KEY)));
        }
        return Expr.and(terms);
    }
}
