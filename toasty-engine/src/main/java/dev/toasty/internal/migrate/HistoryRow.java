package dev.toasty.internal.migrate;

import java.time.Instant;

/**
 * One row of a database's migration history, as a backend keeps it.
 *
 * @param state     {@code applied}, {@code failed} (stopped at a step; only without transactional DDL) or {@code baseline}
 * @param stepsDone how many up steps ran; all of them unless failed
 * @param error     why it failed, else null
 */
public record HistoryRow(String version, String description, String checksum, String state, String installedBy,
                         Instant installedOn, long executionMs, int stepsDone, String error) {

    public static final String APPLIED = "applied";
    public static final String FAILED = "failed";
    public static final String BASELINE = "baseline";

    public HistoryRow withState(String value, int steps, String why) {
        return new HistoryRow(version, description, checksum, value, installedBy, installedOn, executionMs, steps, why);
    }
}
