package dev.toasty.internal;

import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.SchemaDifference.Kind;
import dev.toasty.schema.TableIndex;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema differences the SQL and DynamoDB checks report, each with its message text, so that every
 * backend words the same difference the same way.
 */
public final class Differences {

    private Differences() {
    }

    public static SchemaDifference missingTable(Model model, String table) {
        return new SchemaDifference(Kind.MISSING_TABLE, table, null, null, model.name(), null,
                "table \"" + table + "\" (model " + model.name() + ") is missing");
    }

    /** Toasty's own table on DynamoDB, which holds unique values and identity counters. */
    public static SchemaDifference missingMetaTable(String table) {
        return new SchemaDifference(Kind.MISSING_TABLE, table, null, null, null, null,
                "table \"" + table + "\" (Toasty's own, for unique fields and @Auto counters) is missing");
    }

    public static SchemaDifference missingColumn(Model model, Column column) {
        return ofColumn(Kind.MISSING_COLUMN, model, column, "column is missing");
    }

    public static SchemaDifference typeMismatch(Model model, Column column, String actual, String needed) {
        return ofColumn(Kind.TYPE_MISMATCH, model, column, "type is " + actual + ", the model needs " + needed);
    }

    public static SchemaDifference nullability(Model model, Column column, boolean databaseAllowsNull) {
        return ofColumn(Kind.NULLABILITY_MISMATCH, model, column, databaseAllowsNull
                ? "column allows null, the model needs NOT NULL" : "column is NOT NULL, the model allows null");
    }

    public static SchemaDifference identity(Model model, Column column) {
        return ofColumn(Kind.IDENTITY_MISMATCH, model, column,
                "the database does not generate its values, the model's @Auto key needs an identity column");
    }

    /** Primary keys or key schemas, each written as a list such as {@code (org_id, user_id)}. */
    public static SchemaDifference primaryKey(Model model, String table, String actual, String needed) {
        return new SchemaDifference(Kind.PRIMARY_KEY_MISMATCH, table, null, null, model.name(), null,
                table + ": " + (actual == null ? "primary key is missing" : "primary key is " + actual) + ", the model needs " + needed);
    }

    public static SchemaDifference missingIndex(Model model, String table, TableIndex index) {
        return new SchemaDifference(Kind.MISSING_INDEX, table, null, index.name(), model.name(), null,
                table + ": index \"" + index.name() + "\" (" + (index.unique() ? "unique, " : "") + "on " + columns(index.columns())
                        + ") is missing");
    }

    /** An index that exists but differs: {@code what} says how. */
    public static SchemaDifference indexMismatch(Model model, String table, TableIndex index, String what) {
        return new SchemaDifference(Kind.INDEX_MISMATCH, table, null, index.name(), model.name(), null,
                table + ": index \"" + index.name() + "\" " + what);
    }

    public static SchemaDifference unmappedRequired(Model model, String table, String column) {
        return new SchemaDifference(Kind.UNMAPPED_REQUIRED_COLUMN, table, column, null, model.name(), null,
                table + "." + column + ": column is NOT NULL without a default and no field of " + model.name()
                        + " maps it, so inserts would fail");
    }

    /** Column names joined by commas, as the messages write them. */
    public static String columns(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static SchemaDifference ofColumn(Kind kind, Model model, Column column, String text) {
        String table = model.table().name();
        String field = fieldOf(model, column);
        return new SchemaDifference(kind, table, column.name(), null, model.name(), field,
                table + "." + column.name() + " (" + model.name() + "." + field + "): " + text);
    }

    private static String fieldOf(Model model, Column column) {
        return model.fields().stream().filter(f -> f.column().equals(column)).map(Field::name).findFirst().orElse(column.name());
    }
}
