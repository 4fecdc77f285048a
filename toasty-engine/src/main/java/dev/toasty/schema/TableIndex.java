package dev.toasty.schema;

import java.util.List;

/** An index of a table; unique indexes back {@code @Unique} fields and unique composite indexes. */
public record TableIndex(String name, List<Column> columns, boolean unique) {
    public TableIndex {
        columns = List.copyOf(columns);
    }
}
