package dev.toasty.migrate;

import java.time.Instant;

/**
 * One line of {@code status()}: a migration of the set, of the history, or of both.
 *
 * @param checksum      the file's checksum, or the recorded one when the file is missing
 * @param installedOn   when it was applied; null when pending
 * @param installedBy   who applied it (the database user, or the host for DynamoDB); null when pending
 * @param executionMs   how long applying it took; -1 when pending
 * @param stepsDone     how many of its steps ran (less than its steps only when it failed)
 * @param error         why it failed; null otherwise
 */
public record MigrationInfo(String version, String description, MigrationState state, String checksum,
                            Instant installedOn, String installedBy, long executionMs, int stepsDone, String error) {
}
