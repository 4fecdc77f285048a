package dev.toasty.schema;

import java.util.List;

/** A table of the db layer, built from one model. */
public record Table(String name, List<Column> columns, List<Column> primaryKey, List<TableIndex> indexes,
                    List<ForeignKey> foreignKeys) {
    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Table(String name, List<Column> columns, List<Column> primaryKey, List<TableIndex> indexes) {
        this(name, columns, primaryKey, indexes, List.of());
    }

    /** The identity column, or null when the table has none. */
    public Column autoColumn() {
        return primaryKey.size() == 1 && primaryKey.get(0).auto() && primaryKey.get(0).type().isIntegral()
                ? primaryKey.get(0) : null;
    }
}
