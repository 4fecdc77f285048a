package dev.toasty.benchmarks.migrations;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.toasty.Item;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
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

/** M2: applying {@code count} migrations (a table, then a column each) to an empty database, once per invocation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class M2ApplyMigrations {

    @Param({"sqlite", "postgresql"})
    public String db;

    @Param({"100"})
    public int count;

    private Database database;
    private Toasty toasty;
    private Migrator migrator;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(db);
        Path files = MigrationFiles.write(count);
        toasty = Toasty.builder().dataSource(database.dataSource()).models(Item.class).build();
        migrator = toasty.migrator(MigrationSettings.defaults().withLocation("filesystem:" + files)
                .withBaselineOnMigrate(true).withBaselineVersion("0"));
    }

    @Setup(Level.Invocation)
    public void empty() {
        Schemas.dropMigrated(database);
    }

    @TearDown(Level.Trial)
    public void close() {
        Schemas.dropMigrated(database);
        toasty.close();
        database.close();
    }

    @Benchmark
    public List<MigrationInfo> applyAll() {
        List<MigrationInfo> applied = migrator.migrate();
        if (applied.size() != count) {
            throw new IllegalStateException("expected " + count + " migrations applied, got " + applied.size());
        }
        return applied;
    }
}
