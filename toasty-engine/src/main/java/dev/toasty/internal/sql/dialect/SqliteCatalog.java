package dev.toasty.internal.sql.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's catalog through its pragmas as table-valued functions: {@code pragma_table_xinfo} for the columns and
 * primary key, {@code pragma_index_list} with {@code pragma_index_info} for the indexes, two queries for the whole
 * schema. Types are compared by SQLite's type affinity, so {@code VARCHAR(20)} is the same as {@code TEXT}.
 */
final class SqliteCatalog implements SqlCatalog {

    private record ColumnRow(String table, String name, String type, boolean notNull, String dflt, int pk, int hidden) {
    }

    @Override
    public Map<String, CatalogTable> read(Query query, List<String> names) throws SQLException {
        List<String> params = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        String tables = "FROM sqlite_master m, ";
        String where = " WHERE m.type = 'table' AND lower(m.name) IN (" + SqlCatalog.placeholders(names.size()) + ")";
        CatalogTables out = new CatalogTables(this);
        Set<String> keyIndexed = new HashSet<>();
        for (Object[] r : query.rows("SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.name " + tables
                + "pragma_index_list(m.name) il, pragma_index_info(il.name) ii" + where + " ORDER BY m.name, il.name, ii.seqno", params)) {
            String table = SqlCatalog.text(r[0]);
            if ("pk".equals(SqlCatalog.text(r[3]))) {
                keyIndexed.add(key(table));
            } else {
                out.indexColumn(table, SqlCatalog.text(r[1]), SqlCatalog.flag(r[2]), SqlCatalog.text(r[5]), SqlCatalog.flag(r[4]));
            }
        }
        List<ColumnRow> rows = new ArrayList<>();
        for (Object[] r : query.rows("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden " + tables
                + "pragma_table_xinfo(m.name) p" + where + " ORDER BY m.name, p.cid", params)) {
            rows.add(new ColumnRow(SqlCatalog.text(r[0]), SqlCatalog.text(r[1]), SqlCatalog.text(r[2]), SqlCatalog.flag(r[3]),
                    SqlCatalog.text(r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        for (ColumnRow c : rows) {
            if (c.hidden() == 1) {
                continue;
            }
            boolean rowid = rowidAlias(c, rows, keyIndexed);
            out.column(c.table(), new CatalogTable.Column(c.name(), c.type(), !c.notNull(),
                    c.dflt() != null || c.hidden() >= 2 || rowid, rowid));
        }
        rows.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparing(ColumnRow::table).thenComparingInt(ColumnRow::pk))
                .forEach(c -> out.primaryKey(c.table(), c.name()));
        return out.build();
    }

    /** The single {@code INTEGER} primary key column of a table with row ids is the row id: SQLite assigns it. */
    private boolean rowidAlias(ColumnRow column, List<ColumnRow> rows, Set<String> keyIndexed) {
        return column.pk() > 0 && column.type().equalsIgnoreCase("INTEGER") && !keyIndexed.contains(key(column.table()))
                && rows.stream().filter(c -> c.table().equals(column.table()) && c.pk() > 0).count() == 1;
    }

    @Override
    public boolean sameType(String expected, String actual) {
        return affinity(expected).equals(affinity(actual));
    }

    /** SQLite's rules for the affinity of a declared type (section 3.1 of its datatype documentation). */
    static String affinity(String declared) {
        String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return "INTEGER";
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "TEXT";
        }
        if (type.isEmpty() || type.contains("BLOB")) {
            return "BLOB";
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }

    @Override
    public boolean ignoresCase() {
        return true;
    }
}
