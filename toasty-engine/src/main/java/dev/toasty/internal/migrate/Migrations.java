package dev.toasty.internal.migrate;

import dev.toasty.migrate.Migration;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.migrate.MigrationState;
import dev.toasty.migrate.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of migrating common to every backend: which migrations are pending, what validation refuses, how a
 * baseline, a rollback, a repair and a resume go. The backend's {@link MigrationTarget} renders, locks and runs.
 * Every change of the history happens holding the lock, after reading the history again.
 */
public final class Migrations {

    private final MigrationTarget target;
    private final MigrationSet set;
    private final MigrationSettings settings;
    private final String installedBy;

    public Migrations(MigrationTarget target, MigrationSet set, MigrationSettings settings, String installedBy) {
        this.target = target;
        this.set = set;
        this.settings = settings;
        this.installedBy = installedBy;
    }

    public MigrationSet set() {
        return set;
    }

    /** Every migration of the set and of the history, in version order, with where it stands. */
    public List<MigrationInfo> status() {
        return status(target.history());
    }

    private List<MigrationInfo> status(List<HistoryRow> rows) {
        Map<String, HistoryRow> applied = byVersion(rows);
        String latest = latestApplied(rows);
        List<MigrationInfo> out = new ArrayList<>();
        for (Migration m : set.migrations()) {
            HistoryRow row = applied.remove(m.version());
            if (row == null) {
                boolean below = latest != null && MigrationSet.VERSIONS.compare(m.version(), latest) < 0;
                boolean belowBaseline = isBelowBaseline(rows, m.version());
                MigrationState state = belowBaseline ? MigrationState.BASELINE : below ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
                out.add(new MigrationInfo(m.version(), m.description(), state, m.checksum(), null, null, -1, 0, null));
            } else {
                out.add(info(row, rowState(row, m)));
            }
        }
        for (HistoryRow row : applied.values()) {
            out.add(info(row, row.state().equals(HistoryRow.BASELINE) ? MigrationState.BASELINE : MigrationState.MISSING));
        }
        out.sort((a, b) -> MigrationSet.VERSIONS.compare(a.version(), b.version()));
        return out;
    }

    private static MigrationState rowState(HistoryRow row, Migration m) {
        return switch (row.state()) {
            case HistoryRow.FAILED -> MigrationState.FAILED;
            case HistoryRow.BASELINE -> MigrationState.BASELINE;
            default -> row.checksum().equals(m.checksum()) ? MigrationState.APPLIED : MigrationState.CHANGED;
        };
    }

    private static MigrationInfo info(HistoryRow row, MigrationState state) {
        return new MigrationInfo(row.version(), row.description(), state, row.checksum(), row.installedOn(), row.installedBy(),
                row.executionMs(), row.stepsDone(), row.error());
    }

    /** Refuses a failed, changed or missing migration, and an out-of-order one unless allowed, naming each. */
    public void validate() {
        validate(target.history());
    }

    private void validate(List<HistoryRow> rows) {
        List<String> problems = new ArrayList<>();
        for (MigrationInfo info : status(rows)) {
            Migration m = set.find(info.version());
            switch (info.state()) {
                case FAILED -> problems.add("V" + info.version() + " (" + info.description() + ") failed at step " + (info.stepsDone() + 1)
                        + ": " + info.error() + ". Fix the database by hand, then run repair (forget it and start it again) or resume "
                        + "(go on from that step)");
                case CHANGED -> problems.add("V" + info.version() + " (" + info.description() + ") was applied, but its file "
                        + m.source() + " has changed since (checksum " + info.checksum().substring(0, 12) + "... recorded, "
                        + m.checksum().substring(0, 12) + "... now). Restore the file, or run repair if the change is deliberate");
                case MISSING -> problems.add("V" + info.version() + " (" + info.description() + ") was applied, but no file of "
                        + settings.location() + " has this version. Restore the file, or run repair to forget it");
                case OUT_OF_ORDER -> {
                    if (!settings.outOfOrder()) {
                        problems.add("V" + info.version() + " (" + info.description() + ") is pending but older than the latest applied "
                                + "migration V" + latestApplied(rows) + " (two branches merged?). Allow out-of-order migrations, or give it "
                                + "a newer version");
                    }
                }
                default -> {
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationException("The migrations of " + settings.location() + " do not match the database's history on "
                    + target.backend() + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** Every table some migration of the set makes: those whose presence means the database was made another way. */
    private java.util.Set<String> managedTables() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (dev.toasty.migrate.Migration m : set.migrations()) {
            set.after(m).tables().forEach(t -> names.add(t.name()));
        }
        return names;
    }

    /** Applies the pending migrations in version order, holding the lock; returns those applied now. */
    public List<MigrationInfo> migrate() {
        return target.locked(() -> {
            List<HistoryRow> rows = target.history();
            if (rows.isEmpty() && !set.migrations().isEmpty() && target.hasAnyOf(managedTables())) {
                if (!settings.baselineOnMigrate()) {
                    throw new MigrationException("The database on " + target.backend() + " has tables but no migration history: "
                            + "baseline it (the version its schema matches, e.g. baseline " + settings.baselineVersion()
                            + "), or turn on baseline-on-migrate");
                }
                baselineRow(settings.baselineVersion());
                rows = target.history();
            }
            if (settings.validateOnMigrate()) {
                validate(rows);
            } else {
                refuseFailed(rows);
            }
            List<MigrationInfo> done = new ArrayList<>();
            for (Migration m : pending(rows)) {
                apply(m, 0);
                done.add(status(target.history()).stream().filter(i -> i.version().equals(m.version())).findFirst().orElseThrow());
            }
            return done;
        });
    }

    /** The pending migrations in order: those not in the history and above any baseline. */
    public List<Migration> pending() {
        return pending(target.history());
    }

    private List<Migration> pending(List<HistoryRow> rows) {
        Map<String, HistoryRow> applied = byVersion(rows);
        List<Migration> out = new ArrayList<>();
        for (Migration m : set.migrations()) {
            if (!applied.containsKey(m.version()) && !isBelowBaseline(rows, m.version())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The statements each pending migration would run here, by migration label. */
    public Map<String, List<String>> preview() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Migration m : pending()) {
            List<String> lines = new ArrayList<>();
            List<Step> steps = set.resolvedUp(m);
            for (int i = 0; i < steps.size(); i++) {
                lines.add("-- " + steps.get(i).describe());
                lines.addAll(target.render(steps.get(i), set.statesBefore(m).get(i)));
            }
            out.put(m.label(), lines);
        }
        return out;
    }

    private void apply(Migration m, int from) {
        List<Step> steps = set.resolvedUp(m);
        List<SchemaState> states = set.statesBefore(m);
        for (int i = 0; i < steps.size(); i++) {
            try {
                target.render(steps.get(i), states.get(i));
            } catch (RuntimeException e) {
                throw new MigrationException(m.label() + " step " + (i + 1) + " (" + steps.get(i).describe() + ") cannot run on "
                        + target.backend() + ": " + e.getMessage(), e);
            }
        }
        Instant now = Instant.now();
        HistoryRow done = new HistoryRow(m.version(), m.description(), m.checksum(), HistoryRow.APPLIED, installedBy, now, 0, steps.size(), null);
        try {
            target.run(m.version(), steps, states, from, done, done.withState(HistoryRow.FAILED, from, "did not finish"));
        } catch (RuntimeException e) {
            throw new MigrationException(m.label() + " failed on " + target.backend() + ": " + e.getMessage()
                    + (target.transactionalDdl() ? "; nothing of it was applied" : "; see status for the step it stopped at"), e);
        }
    }

    /** Rolls back the latest applied migration. */
    public List<MigrationInfo> rollback() {
        return target.locked(() -> {
            List<HistoryRow> rows = applied(target.history());
            if (rows.isEmpty()) {
                throw new MigrationException("Nothing to roll back on " + target.backend() + ": no migration is applied");
            }
            return undo(List.of(rows.get(rows.size() - 1)));
        });
    }

    /** Rolls back every applied migration newer than {@code version}, newest first ({@code 0} rolls back all). */
    public List<MigrationInfo> rollbackTo(String version) {
        return target.locked(() -> {
            List<HistoryRow> undo = new ArrayList<>();
            for (HistoryRow row : applied(target.history())) {
                if (MigrationSet.VERSIONS.compare(row.version(), version) > 0) {
                    undo.add(row);
                }
            }
            return undo(undo);
        });
    }

    private List<MigrationInfo> undo(List<HistoryRow> rows) {
        refuseFailed(target.history());
        List<MigrationInfo> out = new ArrayList<>();
        List<HistoryRow> newestFirst = new ArrayList<>(rows);
        newestFirst.sort((a, b) -> MigrationSet.VERSIONS.compare(b.version(), a.version()));
        for (HistoryRow row : newestFirst) {
            Migration m = set.find(row.version());
            if (m == null) {
                throw new MigrationException("Cannot roll back V" + row.version() + " (" + row.description() + "): no file of "
                        + settings.location() + " has this version, so its down steps are unknown");
            }
            if (!m.checksum().equals(row.checksum())) {
                throw new MigrationException("Cannot roll back " + m.label() + ": its file " + m.source() + " has changed since it was "
                        + "applied; restore it, or run repair first if the change is deliberate");
            }
            SchemaState state = set.after(m);
            List<Step> steps = new ArrayList<>();
            List<SchemaState> states = new ArrayList<>();
            for (Step step : m.down()) {
                if (step instanceof Step.Irreversible irreversible) {
                    throw new MigrationException("Cannot roll back " + m.label() + ": it is irreversible (" + irreversible.reason()
                            + "); the rollback stopped before it" + (out.isEmpty() ? "" : ", after rolling back " + versions(out)));
                }
                SchemaState before = state.copy();
                Step resolved = state.apply(step);
                try {
                    target.render(resolved, before);
                } catch (RuntimeException e) {
                    throw new MigrationException("Cannot roll back " + m.label() + ": its down step '" + step.describe() + "' cannot run on "
                            + target.backend() + ": " + e.getMessage(), e);
                }
                steps.add(resolved);
                states.add(before);
            }
            try {
                target.run(m.version(), steps, states, 0, null, row.withState(HistoryRow.FAILED, row.stepsDone(), "rollback did not finish"));
            } catch (RuntimeException e) {
                throw new MigrationException("Rolling back " + m.label() + " failed on " + target.backend() + ": " + e.getMessage(), e);
            }
            out.add(new MigrationInfo(m.version(), m.description(), MigrationState.PENDING, m.checksum(), null, null, -1, 0, null));
        }
        return out;
    }

    /** Records {@code version} as the baseline of a database made before migrations; refused once it has a history. */
    public void baseline(String version) {
        target.locked(() -> {
            if (!target.history().isEmpty()) {
                throw new MigrationException("The database on " + target.backend() + " has a migration history already; a baseline "
                        + "is only for a database made before migrations");
            }
            baselineRow(version);
            return null;
        });
    }

    private void baselineRow(String version) {
        target.record(new HistoryRow(version, "baseline", "", HistoryRow.BASELINE, installedBy, Instant.now(), 0, 0, null));
    }

    /**
     * Re-aligns the history with the files after a deliberate fix: failed migrations and migrations whose files are
     * gone are forgotten, changed ones take their file's checksum and description. Returns what it did, one line each.
     */
    public List<String> repair() {
        return target.locked(() -> {
            List<String> done = new ArrayList<>();
            for (HistoryRow row : target.history()) {
                Migration m = set.find(row.version());
                if (row.state().equals(HistoryRow.FAILED)) {
                    target.forget(row.version());
                    done.add("forgot the failed V" + row.version() + " (" + row.description() + ")");
                } else if (row.state().equals(HistoryRow.BASELINE)) {
                    continue;
                } else if (m == null) {
                    target.forget(row.version());
                    done.add("forgot V" + row.version() + " (" + row.description() + "), whose file is gone");
                } else if (!m.checksum().equals(row.checksum()) || !m.description().equals(row.description())) {
                    target.record(new HistoryRow(row.version(), m.description(), m.checksum(), row.state(), row.installedBy(),
                            row.installedOn(), row.executionMs(), row.stepsDone(), row.error()));
                    done.add("took the checksum of " + m.source() + " for V" + row.version());
                }
            }
            return done;
        });
    }

    /** Goes on with a failed migration from the step it stopped at (after the database was fixed by hand). */
    public List<MigrationInfo> resume() {
        return target.locked(() -> {
            HistoryRow failed = target.history().stream().filter(r -> r.state().equals(HistoryRow.FAILED)).findFirst()
                    .orElseThrow(() -> new MigrationException("Nothing to resume on " + target.backend() + ": no migration failed"));
            Migration m = set.find(failed.version());
            if (m == null || !m.checksum().equals(failed.checksum())) {
                throw new MigrationException("Cannot resume V" + failed.version() + ": its file is gone or changed; run repair to forget "
                        + "it and migrate again");
            }
            apply(m, failed.stepsDone());
            return List.of(status(target.history()).stream().filter(i -> i.version().equals(m.version())).findFirst().orElseThrow());
        });
    }

    private void refuseFailed(List<HistoryRow> rows) {
        for (HistoryRow row : rows) {
            if (row.state().equals(HistoryRow.FAILED)) {
                throw new MigrationException("V" + row.version() + " (" + row.description() + ") failed at step " + (row.stepsDone() + 1)
                        + " on " + target.backend() + ": " + row.error() + ". Fix the database, then run repair or resume");
            }
        }
    }

    private static List<HistoryRow> applied(List<HistoryRow> rows) {
        List<HistoryRow> out = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (row.state().equals(HistoryRow.APPLIED)) {
                out.add(row);
            }
        }
        out.sort((a, b) -> MigrationSet.VERSIONS.compare(a.version(), b.version()));
        return out;
    }

    private static boolean isBelowBaseline(List<HistoryRow> rows, String version) {
        return rows.stream().anyMatch(r -> r.state().equals(HistoryRow.BASELINE) && MigrationSet.VERSIONS.compare(version, r.version()) <= 0);
    }

    private static String latestApplied(List<HistoryRow> rows) {
        String latest = null;
        for (HistoryRow row : rows) {
            if (latest == null || MigrationSet.VERSIONS.compare(row.version(), latest) > 0) {
                latest = row.version();
            }
        }
        return latest;
    }

    private static Map<String, HistoryRow> byVersion(List<HistoryRow> rows) {
        Map<String, HistoryRow> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.version(), r));
        return out;
    }

    private static String versions(List<MigrationInfo> infos) {
        return infos.stream().map(i -> "V" + i.version()).toList().toString();
    }
}
