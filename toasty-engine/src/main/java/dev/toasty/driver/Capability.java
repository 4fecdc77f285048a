package dev.toasty.driver;

/**
 * What a backend can do, as named flags. The engine's verify pass reads it before planning and refuses
 * a statement that needs a missing capability with an {@code UnsupportedFeatureException}; the driver
 * suite reads it to decide which tests a backend runs and which refusals it checks.
 *
 * @param backend           the backend's name in messages and test output ({@code sqlite}, {@code postgresql},
 *                          {@code mysql}, {@code dynamodb})
 * @param sql               statements are SQL
 * @param returning         an insert gives generated keys back (through {@code RETURNING} or the driver)
 * @param multiRowInsert    one insert may carry many rows
 * @param nullsOrdering     nulls can be placed first or last in an order
 * @param decimalOrdering   {@code BigDecimal} fields compare and sort numerically
 * @param transactions      interactive transactions ({@code Toasty.transaction})
 * @param arbitraryOrder    any field can be ordered on; without it only an index's sort key can
 * @param offset            {@code offset(n)} skips rows in the database
 * @param like              {@code like} patterns with the backend's own wildcards
 * @param endsWith          {@code endsWith} matches
 * @param ignoreCase        the {@code ...IgnoreCase} matches
 * @param fullScan          a filter that no key or index answers runs without being asked for by name;
 *                          without it such a query needs {@code allowScan()}
 * @param maxBindParameters the most values one statement may carry
 * @param returningClause   an insert can say {@code RETURNING}; without it (MySQL) generated keys come from the
 *                          JDBC driver's {@code getGeneratedKeys()}
 * @param jsonPaths         values inside JSON fields can be filtered and ordered on ({@code Post_.meta.path("lang")})
 * @param nanValues         floating-point fields store NaN and the infinities
 */
public record Capability(String backend, boolean sql, boolean returning, boolean multiRowInsert,
                         boolean nullsOrdering, boolean decimalOrdering, boolean transactions,
                         boolean arbitraryOrder, boolean offset, boolean like, boolean endsWith,
                         boolean ignoreCase, boolean fullScan, int maxBindParameters,
                         boolean returningClause, boolean jsonPaths, boolean nanValues) {

    /** SQLite 3.37 or newer (STRICT tables), as bundled by sqlite-jdbc. */
    public static final Capability SQLITE = sql("sqlite").withDecimalOrdering(false).withMaxBindParameters(32766);

    /** PostgreSQL 12 or newer. */
    public static final Capability POSTGRESQL = sql("postgresql").withMaxBindParameters(65535).withNanValues(true);

    /**
     * MySQL 8.0.17 or newer: no {@code INSERT ... RETURNING} (keys come from the driver), no {@code NULLS FIRST/LAST}
     * (the renderer sorts on {@code IS NULL} first instead).
     */
    public static final Capability MYSQL = sql("mysql").withReturningClause(false);

    /** MariaDB 10.5 or newer, which has {@code INSERT ... RETURNING}; reported under the backend name {@code mysql}. */
    public static final Capability MARIADB = sql("mysql");

    /** The record before its last three flags: a backend that returns keys says {@code RETURNING}, SQL backends filter inside JSON, none stores NaN. */
    public Capability(String backend, boolean sql, boolean returning, boolean multiRowInsert,
                      boolean nullsOrdering, boolean decimalOrdering, boolean transactions,
                      boolean arbitraryOrder, boolean offset, boolean like, boolean endsWith,
                      boolean ignoreCase, boolean fullScan, int maxBindParameters) {
        this(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions, arbitraryOrder,
                offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, sql && returning, sql, false);
    }

    /** A SQL backend that can do everything this record names, with PostgreSQL's bind limit; adjust with the {@code with...} methods. */
    public static Capability sql(String backend) {
        return new Capability(backend, true, true, true, true, true, true, true, true, true, true, true, true, 65535, true, true, false);
    }

    public Capability withReturning(boolean value) {
        return new Capability(backend, sql, value, multiRowInsert, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, nanValues);
    }

    public Capability withMultiRowInsert(boolean value) {
        return new Capability(backend, sql, returning, value, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, nanValues);
    }

    public Capability withNullsOrdering(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, value, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, nanValues);
    }

    public Capability withDecimalOrdering(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, value, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, nanValues);
    }

    public Capability withTransactions(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, value,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, nanValues);
    }

    public Capability withMaxBindParameters(int value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, value, returningClause, jsonPaths, nanValues);
    }

    public Capability withReturningClause(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, value, jsonPaths, nanValues);
    }

    public Capability withJsonPaths(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, value, nanValues);
    }

    public Capability withNanValues(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions,
                arbitraryOrder, offset, like, endsWith, ignoreCase, fullScan, maxBindParameters, returningClause, jsonPaths, value);
    }
}
