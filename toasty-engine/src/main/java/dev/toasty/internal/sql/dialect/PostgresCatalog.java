package dev.toasty.internal.sql.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's catalog of the current schema (the first of the search path, where Toasty's DDL creates its
 * tables): {@code information_schema.columns} for the columns, {@code pg_index} for the primary key and indexes.
 * Types compare by name without their modifiers (so a {@code numeric(10,2)} is a {@code numeric}), with PostgreSQL's
 * aliases ({@code int4}, {@code timestamptz}) resolved, and {@code character varying} counts as {@code text}; arrays
 * by their element type, enum types by name.
 */
final class PostgresCatalog implements SqlCatalog {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"), Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"), Map.entry("varchar", "text"), Map.entry("character varying", "text"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("serial", "integer"), Map.entry("bigserial", "bigint"), Map.entry("smallserial", "smallint"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"));

    @Override
    public Map<String, CatalogTable> read(Query query, List<String> names) throws SQLException {
        String in = " IN (" + SqlCatalog.placeholders(names.size()) + ")";
        CatalogTables out = new CatalogTables(this);
        for (Object[] r : query.rows("SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity, "
                + "is_generated FROM information_schema.columns WHERE table_schema = current_schema() AND table_name" + in
                + " ORDER BY table_name, ordinal_position", names)) {
            String dataType = SqlCatalog.text(r[2]);
            // an enum type by its name; an array by its element type's name, which the catalog prefixes with _
            String udt = SqlCatalog.text(r[3]);
            String type = dataType.equals("USER-DEFINED") ? udt
                    : dataType.equals("ARRAY") && udt.startsWith("_") ? udt.substring(1) + "[]" : dataType;
            String dflt = SqlCatalog.text(r[5]);
            boolean identity = SqlCatalog.flag(r[6]) || (dflt != null && dflt.startsWith("nextval("));
            out.column(SqlCatalog.text(r[0]), new CatalogTable.Column(SqlCatalog.text(r[1]), type, SqlCatalog.flag(r[4]),
                    dflt != null || identity || "ALWAYS".equals(SqlCatalog.text(r[7])), identity));
        }
        for (Object[] r : query.rows("SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary, a.attname, "
                + "ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL FROM pg_index ix "
                + "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) "
                + "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                + "WHERE n.nspname = current_schema() AND k.ord <= ix.indnkeyatts AND t.relname" + in
                + " ORDER BY t.relname, i.relname, k.ord", names)) {
            String table = SqlCatalog.text(r[0]);
            if (SqlCatalog.flag(r[3])) {
                out.primaryKey(table, SqlCatalog.text(r[4]));
            } else {
                out.indexColumn(table, SqlCatalog.text(r[1]), SqlCatalog.flag(r[2]), SqlCatalog.text(r[4]), SqlCatalog.flag(r[5]));
            }
        }
        return out.build();
    }

    @Override
    public boolean sameType(String expected, String actual) {
        return canonical(expected).equals(canonical(actual));
    }

    /**
     * Lower case, without modifiers ({@code (255)}, {@code (3)}), aliases resolved, also of an array's elements
     * ({@code int4[]} is {@code integer[]}); a quoted name (an enum type) without its quotes.
     */
    static String canonical(String type) {
        String plain = type.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
        if (plain.endsWith("[]")) {
            return canonical(plain.substring(0, plain.length() - 2)) + "[]";
        }
        if (plain.length() > 1 && plain.startsWith("\"") && plain.endsWith("\"")) {
            return plain.substring(1, plain.length() - 1).replace("\"\"", "\"");
        }
        return ALIASES.getOrDefault(plain, plain);
    }

    @Override
    public boolean ignoresCase() {
        return false;
    }
}
