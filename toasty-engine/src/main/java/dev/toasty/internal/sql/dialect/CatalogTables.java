package dev.toasty.internal.sql.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects catalog rows, table by table, into {@link CatalogTable}s. Not thread-safe; one per read. */
final class CatalogTables {

    private final SqlCatalog catalog;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<CatalogTable.Column>> columns = new LinkedHashMap<>();
    private final Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
    private final Map<String, Map<String, Index>> indexes = new LinkedHashMap<>();

    private static final class Index {
        final List<String> columns = new ArrayList<>();
        final boolean unique;
        boolean plain = true;

        Index(boolean unique) {
            this.unique = unique;
        }
    }

    CatalogTables(SqlCatalog catalog) {
        this.catalog = catalog;
    }

    void column(String table, CatalogTable.Column column) {
        columns.computeIfAbsent(key(table), k -> new ArrayList<>()).add(column);
    }

    void primaryKey(String table, String column) {
        primaryKeys.computeIfAbsent(key(table), k -> new ArrayList<>()).add(column);
    }

    /** The next column of an index; a null column (an expression) or a partial index leaves the index out. */
    void indexColumn(String table, String index, boolean unique, String column, boolean partial) {
        Index entry = indexes.computeIfAbsent(key(table), k -> new LinkedHashMap<>()).computeIfAbsent(index, k -> new Index(unique));
        entry.columns.add(column);
        entry.plain &= column != null && !partial;
    }

    /** The tables that have at least one column: the ones that exist. */
    Map<String, CatalogTable> build() {
        Map<String, CatalogTable> out = new LinkedHashMap<>();
        columns.forEach((key, cols) -> {
            List<CatalogTable.Index> list = new ArrayList<>();
            indexes.getOrDefault(key, Map.of()).forEach((name, index) -> {
                if (index.plain) {
                    list.add(new CatalogTable.Index(name, index.columns, index.unique));
                }
            });
            out.put(key, new CatalogTable(names.get(key), cols, primaryKeys.getOrDefault(key, List.of()), list));
        });
        return out;
    }

    private String key(String table) {
        String key = catalog.key(table);
        names.putIfAbsent(key, table);
        return key;
    }
}
