package dev.toasty.internal.engine;

import dev.toasty.UniqueViolationException;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the exceptions for constraint violations, naming model fields rather than columns. */
public final class Violations {

    private Violations() {
    }

    /** A unique violation on the given columns of the model's table. */
    public static UniqueViolationException unique(Model model, List<String> columns, String sqlState, Throwable cause) {
        List<String> fields = columns.stream().map(c -> fieldOf(model, c)).toList();
        String names = fields.stream().map(f -> model.name() + "." + f).collect(Collectors.joining(", "));
        String message = fields.isEmpty()
                ? "Duplicate value in a unique index of " + model.name()
                : "Duplicate value for " + names + ": another " + model.name() + " already has "
                + (fields.size() == 1 ? "this value" : "this combination of values");
        return new UniqueViolationException(message, model.name(), fields, sqlState, cause);
    }

    /**
     * A foreign key violation: the statement's model points at a missing record (its own constraint),
     * or other records still point at the record it deletes or changes. Never quotes values.
     */
    public static dev.toasty.ForeignKeyViolationException foreignKey(Model model, String constraint, Throwable cause) {
        String name = constraint == null ? "" : " (foreign key " + constraint + ")";
        if (model != null && constraint != null && model.table().foreignKeys().stream().anyMatch(f -> f.name().equalsIgnoreCase(constraint))) {
            return new dev.toasty.ForeignKeyViolationException("A " + model.name() + " points at a record that does not exist"
                    + name + ": insert that record first, or set the foreign key to one that exists", cause);
        }
        String what = model == null ? "this record" : "this " + model.name();
        return new dev.toasty.ForeignKeyViolationException("Cannot delete or change " + what + ": other records still point at it"
                + name + ", or it points at a record that does not exist. Delete or unlink the records pointing at it first, "
                + "or declare @BelongsTo.OnDelete(CASCADE) or (SET_NULL) on their relation", cause);
    }

    /** The columns of the named index or primary key of the model's table, or empty when unknown. */
    public static List<String> columnsOfConstraint(Model model, String constraint) {
        if (constraint == null) {
            return List.of();
        }
        if (constraint.equalsIgnoreCase(model.table().name() + "_pkey")) {
            return model.table().primaryKey().stream().map(Column::name).toList();
        }
        for (TableIndex index : model.table().indexes()) {
            if (index.name().equalsIgnoreCase(constraint)) {
                return index.columns().stream().map(Column::name).toList();
            }
        }
        return List.of();
    }

    private static String fieldOf(Model model, String column) {
        for (Field f : model.fields()) {
            if (f.column().name().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return f.name();
            }
        }
        return column;
    }
}
