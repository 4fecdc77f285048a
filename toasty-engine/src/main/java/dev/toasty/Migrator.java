package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.migrate.MigrationFiles;
import dev.toasty.internal.migrate.MigrationSet;
import dev.toasty.internal.migrate.Migrations;
import dev.toasty.internal.migrate.SchemaDiff;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.Migration;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.migrate.Step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The migrations of one location against this instance's database: {@code status}, {@code migrate}, {@code rollback},
 * {@code validate}, {@code baseline}, {@code repair}, {@code resume}, the SQL a pending migration would run
 * ({@code preview}), whether the models differ from what the migrations make ({@code drift}) and the next migration
 * from that difference ({@code generate}). Reads the set once, when made. Every change of the database's history
 * happens under the backend's migration lock, so instances that start together apply each migration once.
 */
public final class Migrator {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Engine engine;
    private final MigrationSettings settings;
    private final MigrationSet set;

    Migrator(Engine engine, MigrationSettings settings, ClassLoader loader) {
        this.engine = engine;
        this.settings = settings;
        this.set = MigrationSet.load(settings.location(), loader);
    }

    public MigrationSettings settings() {
        return settings;
    }

    /** The migrations of the location, in version order. */
    public List<Migration> migrations() {
        return set.migrations();
    }

    /** The migrations of the set that the database has not applied (nor baselined), in the order they would run. */
    public List<Migration> pending() {
        return migrations(engine).pending();
    }

    /** Every migration of the set and of the database's history, in version order, with where it stands. */
    public List<MigrationInfo> status() {
        return migrations(engine).status();
    }

    /**
     * Applies the pending migrations in version order and returns them (empty when none was pending). Validates the
     * history first unless the settings turn it off; refuses to go on past a failed migration.
     */
    public List<MigrationInfo> migrate() {
        return migrations(engine).migrate();
    }

    /** Throws a {@link MigrationException} naming every applied migration whose file changed or is gone, or that failed. */
    public void validate() {
        migrations(engine).validate();
    }

    /** Rolls back the latest applied migration with its down steps; stops with an error at an irreversible one. */
    public List<MigrationInfo> rollback() {
        return migrations(engine).rollback();
    }

    /** Rolls back every applied migration newer than {@code version}, newest first ({@code "0"} rolls back all). */
    public List<MigrationInfo> rollbackTo(String version) {
        return migrations(engine).rollbackTo(version);
    }

    /** Records the settings' baseline version for a database made before migrations (by {@code pushSchema} or by hand). */
    public void baseline() {
        baseline(settings.baselineVersion());
    }

    public void baseline(String version) {
        migrations(engine).baseline(version);
    }

    /** Forgets failed migrations and those whose files are gone, and takes the files' checksums; returns what it did. */
    public List<String> repair() {
        return migrations(engine).repair();
    }

    /** Goes on with a failed migration from the step it stopped at, once the database was fixed by hand (MySQL, DynamoDB). */
    public List<MigrationInfo> resume() {
        return migrations(engine).resume();
    }

    /** The statements each pending migration would run on this backend, by migration ({@code V2 (add email)}), in order. */
    public Map<String, List<String>> preview() {
        return migrations(engine).preview();
    }

    /**
     * How the models differ from the schema the migrations make, one line per change {@code generate} would write
     * (destructive ones included); empty when they match. Reads no database: for a CI step that fails on drift.
     */
    public List<String> drift() {
        SchemaDiff.Result diff = SchemaDiff.between(set.schema(), engine.schema().tables(), GenerateOptions.defaults().withAllowDestructive(true));
        List<String> out = new java.util.ArrayList<>(diff.up().stream().map(Step::describe).toList());
        diff.heldBack().stream().filter(h -> h.startsWith("the key of")).forEach(out::add);
        return out;
    }

    /**
     * The next migration: the steps from the schema the migrations make to the one the models declare, and the steps
     * back. Nothing is written; {@link #write} writes it. Changes that may lose data are held back unless allowed.
     */
    public Generated generate(String description, GenerateOptions options) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("describe the migration in a few words (\"add user email\")");
        }
        SchemaDiff.Result diff = SchemaDiff.between(set.schema(), engine.schema().tables(), options);
        if (diff.up().isEmpty()) {
            return new Generated(null, null, null, diff.heldBack());
        }
        String version = nextVersion();
        String text = MigrationFiles.write(description, diff.up(), diff.down());
        String fileName = "V" + version + "__" + slug(description) + ".json";
        Migration migration = new Migration(version, description, diff.up(), diff.down(), MigrationFiles.checksum(text), fileName);
        return new Generated(migration, fileName, text, diff.heldBack());
    }

    /** Writes a generated migration into {@code directory} (created if missing) and returns its path. */
    public Path write(Generated generated, Path directory) {
        if (generated.isEmpty()) {
            throw new IllegalArgumentException("nothing to write: the models match the migrations");
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(generated.fileName());
            Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + generated.fileName() + " into " + directory + ": " + e.getMessage(), e);
        }
    }

    private String nextVersion() {
        String now = VERSION.format(ZonedDateTime.now(ZoneOffset.UTC));
        List<Migration> all = set.migrations();
        if (all.isEmpty()) {
            return now;
        }
        String latest = all.get(all.size() - 1).version();
        if (MigrationSet.VERSIONS.compare(now, latest) > 0) {
            return now;
        }
        String[] parts = latest.split("\\.");
        return new java.math.BigInteger(parts[0]).add(java.math.BigInteger.ONE).toString();
    }

    private static String slug(String description) {
        String slug = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private Migrations migrations(Engine engine) {
        var target = engine.migrationTarget();
        return new Migrations(target, set, settings, target.installedBy());
    }
}
