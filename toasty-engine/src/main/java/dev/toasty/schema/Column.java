package dev.toasty.schema;

/**
 * A column of the db layer: its table, name, stored type and constraints. {@code index} is the
 * column's position in its table, which is also the position in every row Toasty reads.
 */
public record Column(String table, String name, FieldType type, boolean nullable, boolean auto, int index) {
}
