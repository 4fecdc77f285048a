package dev.toasty.benchmarks.migrations;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.toasty.Item;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * M1: the cost of migrations at startup with {@code count} migrations applied: {@code startup()} as an
 * application's start (read and checksum every file, replay them in memory, migrate with nothing pending: read the
 * history, take and release the lock; then the drift check), and its parts on a migrator that has read its files:
 * {@code migrate()}, {@code drift()} and {@code status()}. Not a ratio to raw JDBC: there is
 * no raw equivalent; the figures are milliseconds per call. {@link M2ApplyMigrations} times applying them all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class M1Migrations {

    @Param({"sqlite", "postgresql"})
    public String db;

    @Param({"100"})
    public int count;

    private Database database;
    private Toasty toasty;
    private MigrationSettings settings;
    private Migrator migrator;

    @Setup
    public void open() {
        database = Database.open(db);
        Path files = MigrationFiles.write(count);
        toasty = Toasty.builder().dataSource(database.dataSource()).models(Item.class).build();
        settings = MigrationSettings.defaults().withLocation("filesystem:" + files)
                .withBaselineOnMigrate(true).withBaselineVersion("0");
        migrator = toasty.migrator(settings);
        Schemas.dropMigrated(database);
        List<MigrationInfo> applied = migrator.migrate();
        if (applied.size() != count) {
            throw new IllegalStateException("expected " + count + " migrations applied, got " + applied.size());
        }
    }

    @TearDown
    public void close() {
        Schemas.dropMigrated(database);
        toasty.close();
        database.close();
    }

    /** What an application's start does: read and check the files, migrate (nothing pending), check for drift. */
    @Benchmark
    public List<String> startup() {
        Migrator fresh = toasty.migrator(settings);
        if (!fresh.migrate().isEmpty()) {
            throw new IllegalStateException("nothing should be pending");
        }
        return fresh.drift();
    }

    /** {@code migrate()} on a migrator that has read its files already. */
    @Benchmark
    public List<MigrationInfo> migrateWithNothingPending() {
        return migrator.migrate();
    }

    @Benchmark
    public List<String> drift() {
        return migrator.drift();
    }

    @Benchmark
    public List<MigrationInfo> status() {
        return migrator.status();
    }
}
