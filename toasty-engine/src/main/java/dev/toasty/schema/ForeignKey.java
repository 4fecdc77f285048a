package dev.toasty.schema;

import dev.toasty.relation.DeleteRule;

import java.util.List;

/** A foreign key constraint of the db layer: {@code columns} reference the key {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<Column> columns, String referencedTable, List<Column> referencedColumns,
                         DeleteRule onDelete) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
