package dev.toasty.internal.sql.dialect;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How one SQL database describes its tables: a dialect's catalog queries (a few per schema, never one per
 * column) and which type spellings mean the type its DDL writes. Used by {@link SqlSchemaCheck}; stateless.
 */
public interface SqlCatalog {

    /** Runs one catalog query with text parameters and returns its rows, each as the row's column values. */
    @FunctionalInterface
    interface Query {
        List<Object[]> rows(String sql, List<String> params) throws SQLException;
    }

    /** The tables among {@code names} that exist, keyed by {@link #key} of their name. */
    Map<String, CatalogTable> read(Query query, List<String> names) throws SQLException;

    /** Whether a column whose catalog type is {@code actual} holds what the DDL type {@code expected} holds. */
    boolean sameType(String expected, String actual);

    /** Whether the database compares table, column and index names ignoring case. */
    boolean ignoresCase();

    /** The name under which tables, columns and indexes are compared. */
    default String key(String name) {
        return ignoresCase() ? name.toLowerCase(java.util.Locale.ROOT) : name;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} parameters. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** A catalog value read as a flag: booleans, numbers other than 0, and YES / t / true. */
    static boolean flag(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.longValue() != 0;
            default -> {
                String text = value.toString().trim();
                yield text.equalsIgnoreCase("YES") || text.equalsIgnoreCase("t") || text.equalsIgnoreCase("true") || text.equals("1");
            }
        };
    }

    /** A catalog value as text, or null. */
    static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
    }
}
