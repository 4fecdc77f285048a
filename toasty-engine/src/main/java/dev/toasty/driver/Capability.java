package dev.toasty.driver;

/**
 * What a backend can do, as named flags. The engine's verify pass reads it before planning and refuses
 * a statement that needs a missing capability with an {@code UnsupportedFeatureException}; the driver
 * suite reads it to decide which tests a backend runs and which refusals it checks.
 *
 * @param backend           the backend's name in messages and test output ({@code sqlite}, {@code postgresql})
 * @param sql               statements are SQL
 * @param returning         {@code INSERT ... RETURNING} gives generated keys back
 * @param multiRowInsert    one {@code INSERT} may carry many rows
 * @param nullsOrdering     {@code NULLS FIRST}/{@code NULLS LAST} in {@code ORDER BY}
 * @param decimalOrdering   {@code BigDecimal} columns compare and sort numerically
 * @param transactions      interactive transactions
 * @param maxBindParameters the most bind parameters one statement may carry
 */
public record Capability(String backend, boolean sql, boolean returning, boolean multiRowInsert,
                         boolean nullsOrdering, boolean decimalOrdering, boolean transactions,
                         int maxBindParameters) {

    /** SQLite 3.37 or newer (STRICT tables), as bundled by sqlite-jdbc. */
    public static final Capability SQLITE = sql("sqlite").withDecimalOrdering(false).withMaxBindParameters(32766);

    /** PostgreSQL 12 or newer. */
    public static final Capability POSTGRESQL = sql("postgresql").withMaxBindParameters(65535);

    /** A SQL backend that can do everything this record names, with PostgreSQL's bind limit; adjust with the {@code with...} methods. */
    public static Capability sql(String backend) {
        return new Capability(backend, true, true, true, true, true, true, 65535);
    }

    public Capability withReturning(boolean value) {
        return new Capability(backend, sql, value, multiRowInsert, nullsOrdering, decimalOrdering, transactions, maxBindParameters);
    }

    public Capability withMultiRowInsert(boolean value) {
        return new Capability(backend, sql, returning, value, nullsOrdering, decimalOrdering, transactions, maxBindParameters);
    }

    public Capability withNullsOrdering(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, value, decimalOrdering, transactions, maxBindParameters);
    }

    public Capability withDecimalOrdering(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, value, transactions, maxBindParameters);
    }

    public Capability withTransactions(boolean value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, value, maxBindParameters);
    }

    public Capability withMaxBindParameters(int value) {
        return new Capability(backend, sql, returning, multiRowInsert, nullsOrdering, decimalOrdering, transactions, value);
    }
}
