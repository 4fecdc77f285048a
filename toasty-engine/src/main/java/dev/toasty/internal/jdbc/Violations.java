package dev.toasty.internal.jdbc;

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
