package dev.toasty.internal.migrate;

import dev.toasty.migrate.Step;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a backend does for migrations: renders a step (SQL statements, or DynamoDB requests as text), keeps the
 * history, holds the lock that lets one applier at a time through, and runs a migration's steps as atomically as it
 * can. {@link Migrations} holds the rules common to every backend (order, validation, baseline, rollback).
 */
public interface MigrationTarget {

    String backend();

    /** Who applies migrations, for the history: the database user, or the host's user where there is none. */
    String installedBy();

    /** Whether a migration's steps and its history row commit together (PostgreSQL, SQLite). */
    boolean transactionalDdl();

    /** What {@code step} runs here, as text; empty when it runs nothing (a column on DynamoDB). {@code before} is the schema before it. */
    List<String> render(Step step, SchemaState before);

    /** Runs {@code work} holding the migration lock: other appliers, in this process or another, wait until it returns. */
    <R> R locked(Supplier<R> work);

    /** The history, in the order it was written; empty when the database has none yet. */
    List<HistoryRow> history();

    /**
     * Whether the database has any of {@code tables} (names as the migrations give them, compared ignoring case): a
     * database made before migrations, by {@code pushSchema} or by hand, to baseline. Tables the migrations never
     * name (another tool's history, such as Flyway's) do not count.
     */
    boolean hasAnyOf(java.util.Set<String> tables);

    /** Writes or replaces a history row (a baseline, a repair). */
    void record(HistoryRow row);

    /** Removes a history row (after a rollback, or a failed migration repaired away). */
    void forget(String version);

    /**
     * Runs a migration's resolved steps from step {@code from} on ({@code before} holds the schema before each), then
     * writes {@code done} (or, when {@code done} is null, removes the row of {@code version}: a rollback). With
     * transactional DDL everything commits together or nothing does; without it, {@code running} is written first,
     * progress after each step, and a failure leaves the row {@code failed} with the steps done and the error.
     * Throws the failure after recording it.
     */
    void run(String version, List<Step> steps, List<SchemaState> before, int from, HistoryRow done, HistoryRow running);
}
