package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Update;
import dev.toasty.relation.DeleteRule;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies deletion rules the database does not enforce itself: every rule on DynamoDB, and polymorphic
 * relations (which have no foreign key constraint) on SQL. Every RESTRICT of the whole cascade is
 * checked before anything is written, so a refused delete changes nothing; on SQL the rest runs in
 * the delete's transaction.
 */
final class DeleteRules {

    private final Engine engine;

    private DeleteRules(Engine engine) {
        this.engine = engine;
    }

    /** Deletes the records of {@code model} matching {@code filter}, applying the rules first; returns the number deleted. */
    static long delete(Engine engine, Model model, Expr filter) {
        DeleteRules rules = new DeleteRules(engine);
        if (rules.incoming(model).isEmpty()) {
            return engine.write(new Delete(model.type(), filter));
        }
        return engine.transaction(() -> {
            List<Object> doomed = rules.rows(model, filter);
            rules.check(model, doomed, 0);
            rules.apply(model, doomed, 0);
            return engine.write(new Delete(model.type(), filter));
        });
    }

    /** The belongs-to relations pointing at {@code model} that the database does not guard. */
    private List<Relation> incoming(Model model) {
        List<Relation> out = new ArrayList<>();
        for (Model other : engine.schema().models()) {
            for (Relation r : other.relations()) {
                if (r.kind() == Relation.Kind.BELONGS_TO && r.targets().contains(model.type())
                        && (r.polymorphic() || !engine.capability().sql())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private void check(Model model, List<Object> rows, int depth) {
        requireDepth(model, depth);
        for (Relation r : incoming(model)) {
            Model child = engine.schema().model(r.owner());
            List<Object> children = children(model, rows, child, r);
            if (children.isEmpty()) {
                continue;
            }
            if (r.onDelete() == DeleteRule.RESTRICT) {
                throw new ForeignKeyViolationException("Cannot delete this " + model.name() + ": " + r.qualifiedName()
                        + " of " + children.size() + " record(s) still points at it (RESTRICT). Delete or unlink them first, "
                        + "or declare @BelongsTo.OnDelete(CASCADE) or (SET_NULL) on " + r.qualifiedName());
            }
            if (r.onDelete() == DeleteRule.CASCADE) {
                check(child, children, depth + 1);
            }
        }
    }

    private void apply(Model model, List<Object> rows, int depth) {
        for (Relation r : incoming(model)) {
            Model child = engine.schema().model(r.owner());
            List<Object> children = children(model, rows, child, r);
            if (children.isEmpty()) {
                continue;
            }
            if (r.onDelete() == DeleteRule.CASCADE) {
                apply(child, children, depth + 1);
                for (Object c : children) {
                    engine.write(new Delete(child.type(), Writes.keyFilter(child, child.mapper().values(c))));
                }
            } else if (r.onDelete() == DeleteRule.SET_NULL) {
                List<Update.Assignment> nulls = new ArrayList<>();
                r.foreignKey().forEach(f -> nulls.add(new Update.Assignment(f.name(), new ExprValue(null))));
                for (Object c : children) {
                    engine.write(new Update(child.type(), nulls, Writes.keyFilter(child, child.mapper().values(c))));
                }
            }
        }
    }

    /** The records of {@code child} whose relation {@code r} points at one of {@code rows}. */
    private List<Object> children(Model model, List<Object> rows, Model child, Relation r) {
        List<Object> out = new ArrayList<>();
        for (Object row : rows) {
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < r.foreignKey().size(); i++) {
                Field key = model.key().get(i);
                terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(child.type(), r.foreignKey().get(i).name()),
                        new ExprValue(model.mapper().get(row, key.index()))));
            }
            if (r.polymorphic()) {
                terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(child.type(), r.typeField().name()), new ExprValue(model.name())));
            }
            out.addAll(engine.list(new Select(child.type(), Expr.and(terms), List.of(), null, null, Select.Returning.ROWS, true)));
        }
        return out;
    }

    private List<Object> rows(Model model, Expr filter) {
        return engine.list(new Select(model.type(), filter, List.of(), null, null, Select.Returning.ROWS, true));
    }

    private static void requireDepth(Model model, int depth) {
        if (depth > 64) {
            throw new ForeignKeyViolationException("Deleting this " + model.name() + " cascades more than 64 levels deep: "
                    + "is there a cycle in the data?");
        }
    }
}
