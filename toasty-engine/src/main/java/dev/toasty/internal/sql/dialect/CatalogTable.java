package dev.toasty.internal.sql.dialect;

import java.util.List;

/**
 * A table as a SQL database's catalog describes it, read by a {@link SqlCatalog} for the schema check:
 * its columns in order, its primary key columns, and its plain indexes (partial and expression indexes
 * are left out, since they do not serve the model's indexes). Immutable.
 */
public record CatalogTable(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes) {

    public CatalogTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
    }

    /**
     * A column: its type as the catalog spells it, whether it allows null, whether an insert that leaves it
     * out still succeeds ({@code hasDefault}: a default, an identity or a generated column) and whether the
     * database generates its values ({@code identity}).
     */
    public record Column(String name, String type, boolean nullable, boolean hasDefault, boolean identity) {
    }

    /** An index by its columns in order, and whether it is unique. */
    public record Index(String name, List<String> columns, boolean unique) {
        public Index {
            columns = List.copyOf(columns);
        }
    }
}
