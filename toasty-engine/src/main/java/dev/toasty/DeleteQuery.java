package dev.toasty;

import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.write.DeleteRules;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.query.Filter;
import dev.toasty.schema.Model;

import java.util.List;

/**
 * Deletes every record that matches a filter, in one statement. Without a filter it refuses to run
 * unless {@link #all()} says that every record is meant. Immutable.
 */
public final class DeleteQuery<M> {

    private final Engine engine;
    private final Model model;
    private final Expr filter;
    private final boolean all;

    DeleteQuery(Engine engine, Model model, Expr filter, boolean all) {
        this.engine = engine;
        this.model = model;
        this.filter = filter;
        this.all = all;
    }

    /** Restricts the delete to matching records; several calls combine with AND; null is ignored. */
    public DeleteQuery<M> where(Filter<M> condition) {
        if (condition == null) {
            return this;
        }
        Expr next = filter == null ? Nodes.expr(condition) : Expr.and(List.of(filter, Nodes.expr(condition)));
        return new DeleteQuery<>(engine, model, next, all);
    }

    /** Says that the delete is meant for every record of the model. */
    public DeleteQuery<M> all() {
        return new DeleteQuery<>(engine, model, filter, true);
    }

    /** Runs the delete; returns the number of records deleted. */
    public long execute() {
        if ((filter == null || Expr.TRUE.equals(filter)) && !all) {
            throw new IllegalStateException("delete(" + model.name() + ") has no where(...), or one that matches everything: add a filter, "
                    + "or call all() to delete every record");
        }
        return DeleteRules.delete(engine, model, filter == null ? Expr.TRUE : filter);
    }
}
