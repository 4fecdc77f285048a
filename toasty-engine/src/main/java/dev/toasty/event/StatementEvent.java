package dev.toasty.event;

import java.time.Duration;

/**
 * One executed statement, published to every {@link StatementListener} after it ran (or failed).
 *
 * @param operation the statement kind: on SQL backends {@code SELECT}, {@code COUNT}, {@code EXISTS}, {@code INSERT},
 *                  {@code UPDATE}, {@code DELETE} or {@code DDL}; on DynamoDB the request sent ({@code GetItem},
 *                  {@code Query}, {@code Scan}, {@code BatchGetItem}, {@code PutItem}, {@code UpdateItem},
 *                  {@code DeleteItem}, {@code TransactWriteItems}, {@code CreateTable}, ...)
 * @param model     the model's simple name, or null for SQL DDL and DynamoDB's DeleteTable
 * @param shape     the hash of the statement shape: equal for executions that share a plan, within one run
 *                  (not stable across runs, and two shapes may share it)
 * @param sql       the statement text sent, without values: SQL with {@code ?} placeholders, or on DynamoDB a
 *                  readable text of the request with its expressions ({@code Query users index ix_users_age key #age = :a0})
 * @param duration  the time from asking for a connection (or sending the request) to reading the last row
 * @param rows      rows (items) returned or affected, or -1 when it failed
 * @param error     the failure, or null
 */
public record StatementEvent(String operation, String model, int shape, String sql, Duration duration, long rows,
                             Throwable error) {

    /** Whether the statement failed. */
    public boolean failed() {
        return error != null;
    }
}
