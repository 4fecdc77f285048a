package dev.toasty.driver;

/**
 * One thing a backend can do, named. A {@link Capability} holds the set a backend has; the engine's
 * verify pass and its strategies read the features (never the backend's name), and the driver suite
 * runs a test only where the features it needs are present, checking the refusal elsewhere.
 */
public enum Feature {
    /** An insert gives generated keys back (through {@code RETURNING} or the JDBC driver). */
    RETURNING,
    /** An insert can say {@code RETURNING}; without it (MySQL) generated keys come from {@code getGeneratedKeys()}. */
    RETURNING_CLAUSE,
    /** One insert may carry many rows. */
    MULTI_ROW_INSERT,
    /** Nulls can be placed first or last in an order ({@code nullsFirst()}, {@code nullsLast()}). */
    NULLS_ORDERING,
    /** {@code BigDecimal} fields compare and sort numerically. */
    DECIMAL_ORDERING,
    /** Interactive transactions ({@code Toasty.transaction}, {@code updateAll}). */
    TRANSACTIONS,
    /** Any field can be ordered on; without it only an index's sort key can. */
    ARBITRARY_ORDER,
    /** {@code offset(n)} skips rows in the database. */
    OFFSET,
    /** {@code like} patterns with the backend's own wildcards. */
    LIKE,
    /** {@code endsWith} matches. */
    ENDS_WITH,
    /** The {@code ...IgnoreCase} matches. */
    IGNORE_CASE,
    /**
     * A filter that no key or index answers runs without being asked for by name (without it such a query needs
     * {@code allowScan()}), so the engine may read related records by such a filter ({@code fk IS NOT NULL}).
     */
    FULL_SCAN,
    /** Values inside JSON fields can be filtered and ordered on ({@code Post_.meta.path("lang")}). */
    JSON_PATHS,
    /** Floating-point fields store NaN and the infinities. */
    NAN_VALUES,
    /** Statements are SQL text: {@code db.sql(...)} and {@code @Query} run, and statement events carry the SQL. */
    NATIVE_SQL,
    /**
     * An insert-or-update is one statement ({@code ON CONFLICT}, {@code ON DUPLICATE KEY}); without it the engine reads
     * the record and inserts or updates it, retrying when another writer inserts first.
     */
    UPSERT,
    /**
     * A filter across a relation ({@code Post_.author.then(User_.name).eq(..)}) runs inside the statement as a
     * subquery; without it the engine reads the related keys first, along belongs-to relations only.
     */
    SUBQUERIES,
    /** A select can join a second table: a many-to-many include reads targets and join rows in one statement. */
    JOINS,
    /**
     * An {@code IN} list on any field is one statement; without it only a list of single-field keys is one request
     * (a batch get), and other lists run one read per value.
     */
    IN_LISTS,
    /** A select reads only the named columns ({@code listValues}, projections). */
    PROJECTIONS,
    /**
     * The database enforces foreign keys and their delete rules; without it the engine applies every rule itself.
     * Polymorphic relations have no constraint on any backend, so the engine always applies theirs.
     */
    FOREIGN_KEYS,
    /**
     * Schema changes commit or roll back with the rest of a transaction, so a migration and its history row apply
     * together or not at all; without it a migration's progress is recorded step by step, and a failure leaves it
     * {@code FAILED} at the step (MySQL and MariaDB commit each DDL statement; DynamoDB has no transactions).
     */
    TRANSACTIONAL_DDL,
    /**
     * A select can lock the rows it reads until its transaction ends ({@code forUpdate()}: {@code FOR UPDATE}).
     * Without it (SQLite, whose write transaction locks the whole database; DynamoDB, which has no interactive
     * transactions) a locking query is refused.
     */
    ROW_LOCKS,
    /** A select can take shared row locks ({@code forShare()}: {@code FOR SHARE}, MariaDB's {@code LOCK IN SHARE MODE}). */
    SHARED_LOCKS,
    /** A locking select can leave out rows another transaction holds ({@code skipLocked()}: {@code SKIP LOCKED}). */
    SKIP_LOCKED,
    /** A locking select can fail at once on a row another transaction holds ({@code noWait()}: {@code NOWAIT}). */
    NOWAIT
}
