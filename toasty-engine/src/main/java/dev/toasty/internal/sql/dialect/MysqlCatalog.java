package dev.toasty.internal.sql.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's catalog of the connection's database: {@code information_schema.COLUMNS} and
 * {@code STATISTICS}, two queries for the whole schema. Types compare by {@code COLUMN_TYPE}: {@code tinyint(1)} is
 * {@code BOOLEAN}, integer display widths are ignored, and so are string and byte lengths ({@code VARCHAR(100)} is
 * {@code VARCHAR(255)}, {@code TEXT} is {@code LONGTEXT}); the other parameters count ({@code DATETIME(6)},
 * {@code BINARY(16)}, {@code DECIMAL(65,30)}, an enum's labels), since Toasty's values depend on them. MariaDB's
 * {@code JSON} columns read as {@code longtext}.
 */
final class MysqlCatalog implements SqlCatalog {

    private static final Pattern INTEGER = Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)(\\(\\d+\\))?(.*)");
    private static final Set<String> TEXTS = Set.of("tinytext", "text", "mediumtext", "longtext");
    private static final Set<String> BLOBS = Set.of("tinyblob", "blob", "mediumblob", "longblob");

    @Override
    public Map<String, CatalogTable> read(Query query, List<String> names) throws SQLException {
        String where = " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (" + SqlCatalog.placeholders(names.size()) + ")";
        CatalogTables out = new CatalogTables(this);
        for (Object[] r : query.rows("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA "
                + "FROM information_schema.COLUMNS" + where + " ORDER BY TABLE_NAME, ORDINAL_POSITION", names)) {
            String extra = String.valueOf(SqlCatalog.text(r[5])).toLowerCase(Locale.ROOT);
            boolean identity = extra.contains("auto_increment");
            out.column(SqlCatalog.text(r[0]), new CatalogTable.Column(SqlCatalog.text(r[1]), SqlCatalog.text(r[2]),
                    SqlCatalog.flag(r[3]), r[4] != null || identity || extra.contains("generated"), identity));
        }
        for (Object[] r : query.rows("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART "
                + "FROM information_schema.STATISTICS" + where + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", names)) {
            String table = SqlCatalog.text(r[0]);
            if ("PRIMARY".equals(SqlCatalog.text(r[1]))) {
                out.primaryKey(table, SqlCatalog.text(r[3]));
            } else {
                out.indexColumn(table, SqlCatalog.text(r[1]), !SqlCatalog.flag(r[2]), SqlCatalog.text(r[3]), r[4] != null);
            }
        }
        return out.build();
    }

    /** MariaDB's JSON is an alias of LONGTEXT (with a validity check), and its catalog says so. */
    @Override
    public boolean sameType(String expected, String actual) {
        String want = canonical(expected);
        String found = canonical(actual);
        return want.equals(found) || (want.equals("json") && found.equals("longtext"));
    }

    /**
     * Lower case; booleans, integer widths, string and byte lengths and the text and blob sizes folded. An enum keeps
     * its labels as written, since they are case-sensitive values.
     */
    static String canonical(String type) {
        String trimmed = type.trim();
        if (trimmed.regionMatches(true, 0, "enum(", 0, 5)) {
            return "enum" + trimmed.substring(4);
        }
        String t = type.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (t.equals("tinyint(1)") || t.equals("bool") || t.equals("boolean")) {
            return "boolean";
        }
        Matcher integer = INTEGER.matcher(t);
        if (integer.matches()) {
            return (integer.group(1).equals("integer") ? "int" : integer.group(1)) + integer.group(3);
        }
        if (t.equals("real") || t.equals("double precision")) {
            return "double";
        }
        if (t.startsWith("varchar(") || t.startsWith("varbinary(")) {
            return t.substring(0, t.indexOf('('));
        }
        return TEXTS.contains(t) ? "longtext" : BLOBS.contains(t) ? "longblob" : t;
    }

    @Override
    public boolean ignoresCase() {
        return true;
    }
}
