package dev.toasty.event;

import java.time.Duration;

/**
 * One executed statement, published to every {@link StatementListener} after it ran (or failed).
 *
 * @param operation the statement kind: {@code SELECT}, {@code COUNT}, {@code EXISTS}, {@code INSERT},
 *                  {@code UPDATE}, {@code DELETE} or {@code DDL}
 * @param model     the model's simple name, or null for DDL
 * @param shape     the hash of the statement shape: equal for executions that share a plan, within one run
 *                  (not stable across runs, and two shapes may share it)
 * @param sql       the SQL text sent, with {@code ?} placeholders and no values
 * @param duration  the time from asking the pool for a connection to reading the last row
 * @param rows      rows returned or affected, or -1 when it failed
 * @param error     the failure, or null
 */
public record StatementEvent(String operation, String model, int shape, String sql, Duration duration, long rows,
                             Throwable error) {

    /** Whether the statement failed. */
    public boolean failed() {
        return error != null;
    }
}
