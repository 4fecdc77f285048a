package dev.toasty.internal.stmt;

import java.util.List;

/** Sets fields of the rows of one model that match the filter. */
public record Update(Class<?> model, List<Assignment> assignments, Expr filter) implements Statement {

    public Update {
        assignments = List.copyOf(assignments);
    }

    /** {@code field = value}. */
    public record Assignment(String field, Expr value) {
    }
}
