package dev.toasty.actuator;

/**
 * What {@link StatementStatistics} knows of one statement shape: its text (never its values) and the
 * count, failures, rows and latency of its executions. Times are milliseconds; the percentiles come from a
 * log-linear histogram and are within 3.2% of a recorded duration, and never above {@code maxMs}.
 *
 * @param operation the statement kind ({@code SELECT}, {@code COUNT}, {@code INSERT}, ..., or a DynamoDB request)
 * @param model     the model's name, or null for DDL
 * @param sql       the statement text with placeholders
 * @param shape     the engine's shape hash (stable within one run only)
 * @param count     executions, failed ones included
 * @param errors    failed executions
 * @param rows      rows returned or changed, summed over the successful executions
 * @param totalMs   the summed duration of all executions
 * @param meanMs    {@code totalMs / count}
 * @param maxMs     the longest execution
 * @param p50Ms     the median duration
 * @param p95Ms     the 95th percentile duration
 * @param p99Ms     the 99th percentile duration
 */
public record StatementShape(String operation, String model, String sql, int shape, long count, long errors, long rows,
                             double totalMs, double meanMs, double maxMs, double p50Ms, double p95Ms, double p99Ms) {
}
