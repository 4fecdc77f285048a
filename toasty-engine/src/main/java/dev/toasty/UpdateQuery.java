package dev.toasty;

import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.write.Checks;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Update;
import dev.toasty.query.Filter;
import dev.toasty.query.Path;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets fields of every record that matches a filter, in one statement: {@code db.update(User.class)
 * .set(User_.name, "Bob").where(User_.id.eq(7)).execute()}. Without a filter it refuses to run unless
 * {@link #all()} says that every record is meant. Immutable.
 */
public final class UpdateQuery<M> {

    private final Engine engine;
    private final Model model;
    private final List<Update.Assignment> assignments;
    private final Expr filter;
    private final boolean all;

    UpdateQuery(Engine engine, Model model) {
        this(engine, model, List.of(), null, false);
    }

    private UpdateQuery(Engine engine, Model model, List<Update.Assignment> assignments, Expr filter, boolean all) {
        this.engine = engine;
        this.model = model;
        this.assignments = assignments;
        this.filter = filter;
        this.all = all;
    }

    /** Sets {@code field} to {@code value}; null is allowed for nullable fields only. */
    public <V> UpdateQuery<M> set(Path<M, V> field, V value) {
        Field f = model.field(field.name());
        if (f.key()) {
            throw new IllegalArgumentException("set(" + field + ", ...): key fields cannot be updated; "
                    + "insert a new record and delete the old one");
        }
        Checks.requireValue(model, f, value);
        List<Update.Assignment> next = new ArrayList<>(assignments);
        next.add(new Update.Assignment(f.name(), new ExprValue(value)));
        return new UpdateQuery<>(engine, model, List.copyOf(next), filter, all);
    }

    /** Restricts the update to matching records; several calls combine with AND; null is ignored. */
    public UpdateQuery<M> where(Filter<M> condition) {
        if (condition == null) {
            return this;
        }
        Expr next = filter == null ? Nodes.expr(condition) : Expr.and(List.of(filter, Nodes.expr(condition)));
        return new UpdateQuery<>(engine, model, assignments, next, all);
    }

    /** Says that the update is meant for every record of the model. */
    public UpdateQuery<M> all() {
        return new UpdateQuery<>(engine, model, assignments, filter, true);
    }

    /** Runs the update; returns the number of records changed. */
    public long execute() {
        if (assignments.isEmpty()) {
            throw new IllegalStateException("update(" + model.name() + ") sets no field: call set(field, value)");
        }
        if ((filter == null || Expr.TRUE.equals(filter)) && !all) {
            throw new IllegalStateException("update(" + model.name() + ") has no where(...), or one that matches everything: add a filter, "
                    + "or call all() to update every record");
        }
        return engine.write(new Update(model.type(), assignments, filter == null ? Expr.TRUE : filter));
    }
}
