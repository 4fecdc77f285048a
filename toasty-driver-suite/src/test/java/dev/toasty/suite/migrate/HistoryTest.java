package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.migrate.MigrationState;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history against the files: checksums that survive an editor but not an edit, repair after a deliberate
 * change, a missing file, a baseline for a database made before migrations, out-of-order migrations from two
 * branches, and a rollback that stops at an irreversible step.
 */
class HistoryTest {

    /** Version 1's first migration, generated, written and applied; returns its file. */
    private static Path init(Space space, Toasty v1) throws Exception {
        Migrator migrator = space.migrator(v1);
        Generated init = migrator.generate("init", GenerateOptions.defaults());
        Path file = migrator.write(init, space.dir());
        space.migrator(v1).migrate();
        return file;
    }

    @DriverTest
    void aChangedFileIsRefusedUntilRepairedButLineEndingsAndTrailingSpacesAreNotChanges(Toasty shared, Backend backend) throws Exception {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Path file = init(space, v1);
            String text = space.read(file);

            Files.writeString(file, text.replace("\n", "   \r\n") + "\n\n");
            space.migrator(v1).validate();
            assertThat(space.migrator(v1).status()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED);

            Files.writeString(file, text.replace("\"description\" : \"init\"", "\"description\" : \"first schema\""));
            Migrator changed = space.migrator(v1);
            assertThat(changed.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.CHANGED);
            assertThatThrownBy(changed::validate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("was applied, but its file").hasMessageContaining(file.getFileName().toString());
            assertThatThrownBy(changed::migrate).isInstanceOf(MigrationException.class).hasMessageContaining("has changed since");

            assertThat(changed.repair()).singleElement().asString().startsWith("took the checksum of");
            changed.validate();
            assertThat(changed.status()).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(MigrationState.APPLIED);
                assertThat(i.description()).isEqualTo("first schema");
            });
        }
    }

    @DriverTest
    void anAppliedMigrationWhoseFileIsGoneIsRefused(Toasty shared, Backend backend) throws Exception {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Files.delete(init(space, v1));
            Migrator migrator = space.migrator(v1);
            assertThat(migrator.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.MISSING);
            assertThatThrownBy(migrator::validate).isInstanceOf(MigrationException.class).hasMessageContaining("no file of");
            assertThatThrownBy(migrator::rollback).isInstanceOf(MigrationException.class).hasMessageContaining("down steps are unknown");
        }
    }

    /** Another tool's table (Flyway's history, say) is not a sign of a schema made before migrations. */
    @DriverTest
    @Requires("nativeSql")
    void tablesTheMigrationsNeverMakeDoNotAskForABaseline(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            v1.sql("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)").execute();
            Migrator first = space.migrator(v1);
            first.write(first.generate("init", GenerateOptions.defaults()), space.dir());
            assertThat(space.migrator(v1).migrate()).hasSize(1);
            assertThat(v1.schemaDifferences()).isEmpty();
        }
    }

    @DriverTest
    void aDatabaseMadeBeforeMigrationsIsBaselined(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            v1.pushSchema();
            Migrator first = space.migrator(v1);
            Generated init = first.generate("init", GenerateOptions.defaults());
            first.write(init, space.dir());

            Migrator migrator = space.migrator(v1);
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("has tables but no migration history").hasMessageContaining("baseline");
            migrator.baseline(init.migration().version());
            assertThat(migrator.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.BASELINE);
            assertThat(migrator.migrate()).isEmpty();

            Toasty v2 = space.open(Versions.V2);
            Migrator next = space.migrator(v2);
            next.write(next.generate("v2", GenerateOptions.defaults()), space.dir());
            assertThat(space.migrator(v2).migrate()).hasSize(1);
            assertThat(v2.schemaDifferences()).isEmpty();
            assertThatThrownBy(() -> space.migrator(v2).baseline("1")).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("has a migration history already");
        }
    }

    @DriverTest
    void baselineOnMigrateRecordsTheBaselineItself(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            v1.pushSchema();
            Migrator first = space.migrator(v1);
            Generated init = first.generate("init", GenerateOptions.defaults());
            first.write(init, space.dir());
            Migrator migrator = v1.migrator(MigrationSettings.defaults().withLocation("filesystem:" + space.dir())
                    .withBaselineOnMigrate(true).withBaselineVersion(init.migration().version()));
            assertThat(migrator.migrate()).isEmpty();
            assertThat(migrator.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.BASELINE);
        }
    }

    @DriverTest
    void anOlderPendingMigrationRunsOnlyWhenOutOfOrderIsAllowed(Toasty shared, Backend backend) throws Exception {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Path file = init(space, v1);
            String version = file.getFileName().toString().substring(1, 15);
            space.write("V99990101000000__later.json", "{\"description\": \"later\", \"up\": [], \"down\": []}");
            space.migrator(v1).migrate();
            // a branch merged after V99990101000000 was applied brings a migration older than it
            String older = Long.toString(Long.parseLong(version) + 1);
            space.write("V" + older + "__from_a_branch.json", "{\"description\": \"from a branch\", \"up\": [], \"down\": []}");
            Migrator strict = space.migrator(v1);
            assertThat(strict.status()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.APPLIED);
            assertThatThrownBy(strict::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V" + older + " (from a branch) is pending but older than the latest applied migration V99990101000000");
            Migrator lenient = v1.migrator(MigrationSettings.defaults().withLocation("filesystem:" + space.dir()).withOutOfOrder(true));
            assertThat(lenient.migrate()).extracting(MigrationInfo::version).containsExactly(older);
        }
    }

    @DriverTest
    void aRollbackStopsAtAnIrreversibleStep(Toasty shared, Backend backend) throws Exception {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            init(space, v1);
            space.write("V99990101000000__data_fix.json", """
                    {"description": "data fix",
                     "up": [{"sql": {"*": ["UPDATE mig_authors SET name = name"]}, "description": "touch every author"}],
                     "down": [{"irreversible": "the old names are not kept"}]}
                    """);
            Migrator migrator = space.migrator(v1);
            assertThat(migrator.migrate()).hasSize(1);
            assertThatThrownBy(() -> migrator.rollbackTo("0")).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V99990101000000 (data fix)").hasMessageContaining("irreversible (the old names are not kept)");
            assertThat(migrator.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        }
    }
}
