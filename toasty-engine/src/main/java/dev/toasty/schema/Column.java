package dev.toasty.schema;

/**
 * A column of the db layer: its table, name, stored type and constraints. {@code index} is the
 * column's position in its table, which is also the position in every row Toasty reads. {@code storage}
 * says how a field's Java values become the stored values of {@code type}.
 */
public record Column(String table, String name, FieldType type, boolean nullable, boolean auto, int index, Storage storage) {

    public Column(String table, String name, FieldType type, boolean nullable, boolean auto, int index) {
        this(table, name, type, nullable, auto, index, Storage.PLAIN);
    }
}
