package dev.toasty.migrate;

/** Where a migration stands against the database, as {@code status()} reports it. */
public enum MigrationState {
    /** Applied, and its file is unchanged. */
    APPLIED,
    /** In the set, not applied yet. */
    PENDING,
    /** Started and stopped at a failing step (only where DDL is not transactional: MySQL, MariaDB, DynamoDB). */
    FAILED,
    /** Recorded as the baseline: the database already had what the migrations up to this version make. */
    BASELINE,
    /** Applied, but its file has changed since (the checksums differ). */
    CHANGED,
    /** Applied, but no file of the set has its version. */
    MISSING,
    /** Pending, but older than the latest applied migration (allowed only with out-of-order migrations). */
    OUT_OF_ORDER
}
