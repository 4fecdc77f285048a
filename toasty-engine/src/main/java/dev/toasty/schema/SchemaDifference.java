package dev.toasty.schema;

/**
 * One way the database differs from the models, as found by {@code Toasty.schemaDifferences()}: its kind,
 * where it is (the table, and the column or index when it is about one), the model and field it concerns
 * (null where none does), and a readable {@link #message()}. Immutable.
 */
public record SchemaDifference(Kind kind, String table, String column, String index, String model, String field,
                               String message) {

    /** What differs. */
    public enum Kind {
        /** A model's table does not exist (on DynamoDB also Toasty's own {@code toasty_meta}). */
        MISSING_TABLE,
        /** A field's column does not exist. */
        MISSING_COLUMN,
        /** A column's type is not the one Toasty stores the field's type in. */
        TYPE_MISMATCH,
        /** A column allows null where the model needs a value, or the other way round. */
        NULLABILITY_MISMATCH,
        /** The primary key (DynamoDB: the key schema) has other columns, or other attribute types. */
        PRIMARY_KEY_MISMATCH,
        /** An {@code @Auto} key's column is not filled by the database (no identity or auto-increment). */
        IDENTITY_MISMATCH,
        /** No index has the columns (and uniqueness) of a model's index. */
        MISSING_INDEX,
        /** An index of the model's exists with other columns, uniqueness or (DynamoDB) projection. */
        INDEX_MISMATCH,
        /** A column no field maps is NOT NULL without a default, so every insert would fail. */
        UNMAPPED_REQUIRED_COLUMN
    }

    /** Whether {@code pushSchema()} would remove this difference: it creates missing tables and indexes only. */
    public boolean fixedByPushSchema() {
        return kind == Kind.MISSING_TABLE || kind == Kind.MISSING_INDEX;
    }

    @Override
    public String toString() {
        return message;
    }
}
