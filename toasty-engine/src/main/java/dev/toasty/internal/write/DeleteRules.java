package dev.toasty.internal.write;

import dev.toasty.ForeignKeyViolationException;
import dev.toasty.driver.Feature;

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
public final class DeleteRules {

    private final Engine engine;

    private DeleteRules(Engine engine) {
        this.engine = engine;
    }

    /** Deletes the records of {@code model} matching {@code filter}, applying the rules first; returns the number deleted. */
    public static long delete(Engine engine, Model model, Expr filter) {
        DeleteRules rules = new DeleteRules(engine);
        if (rules.incoming(model).isEmpty()) {
            return engine.write(new Delete(model.type(), filter));
        }
        return engine.transaction(() -> {
            List<Step> steps = new ArrayList<>();
            rules.check(model, rules.rows(model, filter), 0, steps);
            rules.apply(steps);
            return engine.write(new Delete(model.type(), filter));
        });
    }

    /**
     * Deletes {@code instance} by its key (and, for a versioned model, its version), applying the rules; returns whether
     * it existed. A stale version deletes nothing and throws.
     */
    public static boolean deleteRecord(Engine engine, Model model, Object instance) {
        Object[] values = model.records().values(instance);
        boolean deleted = delete(engine, model, Versions.filter(model, values)) > 0;
        if (!deleted && model.version() != null) {
            throw Versions.stale(model, values, "delete");
        }
        return deleted;
    }

    /** What a rule does to the records {@code rows} of {@code child} that point at the deleted ones. */
    private record Step(Model child, Relation relation, List<Object> rows) {
    }

    /** The belongs-to relations pointing at {@code model} that the database does not guard. */
    private List<Relation> incoming(Model model) {
        boolean enforced = engine.capability().has(Feature.FOREIGN_KEYS);
        return engine.schema().pointingAt(model.type()).stream().filter(r -> r.polymorphic() || !enforced).toList();
    }

    /** Reads what every rule of the cascade touches, refusing at the first RESTRICT before anything is written. */
    private void check(Model model, List<Object> rows, int depth, List<Step> steps) {
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
            steps.add(new Step(child, r, children));
            if (r.onDelete() == DeleteRule.CASCADE) {
                check(child, children, depth + 1, steps);
            }
        }
    }

    /** Runs the steps deepest first, so that every record is gone before what it points at. */
    private void apply(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            Model child = step.child();
            for (Object c : step.rows()) {
                Expr key = Checks.keyFilter(child, child.records().values(c));
                if (step.relation().onDelete() == DeleteRule.CASCADE) {
                    engine.write(new Delete(child.type(), key));
                } else {
                    List<Update.Assignment> nulls = new ArrayList<>();
                    step.relation().foreignKey().forEach(f -> nulls.add(new Update.Assignment(f.name(), new ExprValue(null))));
                    engine.write(new Update(child.type(), nulls, key));
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
                        new ExprValue(model.records().get(row, key.index()))));
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
