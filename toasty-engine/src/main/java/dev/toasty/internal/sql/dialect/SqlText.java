package dev.toasty.internal.sql.dialect;

/**
 * Rendered SQL and, for each {@code ?} in order, the index of the statement argument bound there.
 */
public record SqlText(String sql, int[] binds) {

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlText t && t.sql.equals(sql) && java.util.Arrays.equals(t.binds, binds);
    }

    @Override
    public int hashCode() {
        return sql.hashCode() * 31 + java.util.Arrays.hashCode(binds);
    }

    @Override
    public String toString() {
        return sql + " " + java.util.Arrays.toString(binds);
    }
}
