package dev.toasty.actuator;

import dev.toasty.migrate.MigrationInfo;

import java.util.List;

/**
 * The migrations part of {@code /actuator/toasty}, present when the application migrates at startup
 * ({@code toasty.schema=migrate}): what the startup step did, and every migration with its state, in the shape of
 * Flyway's endpoint (version, description, checksum, state, installed on and by, execution time).
 *
 * @param location   where the migration files are read from
 * @param applied    the versions applied at this start, in order
 * @param startupMs  how long the startup step took (history, lock, apply, checks)
 * @param migrations every migration of the files and of the history, in version order
 */
public record MigrationsReport(String location, List<String> applied, long startupMs, List<MigrationInfo> migrations) {
}
