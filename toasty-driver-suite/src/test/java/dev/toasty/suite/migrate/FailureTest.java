package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationState;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.migrate.v1.Author;
import dev.toasty.suite.migrate.v1.Author_;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A migration that fails at its second step: a unique index on the authors' names while two authors share a name
 * (DynamoDB refuses any unique index on a table holding items). Where DDL is transactional the migration leaves
 * nothing, neither its first step nor a history row; elsewhere it is FAILED at the step, the next migrate refuses to
 * go on, and it resumes from that step once the data is fixed, or is forgotten by repair.
 */
class FailureTest {

    static final String FAILING = """
            {
              "description": "reviewers and unique author names",
              "up": [
                {"createTable": "mig_reviewers", "columns": [{"name": "id", "type": "LONG", "nullable": false}], "primaryKey": ["id"]},
                {"createIndex": "ux_mig_authors_name", "table": "mig_authors", "columns": ["name"], "unique": true}
              ],
              "down": [
                {"dropIndex": "ux_mig_authors_name", "table": "mig_authors", "columns": ["name"], "unique": true},
                {"dropTable": "mig_reviewers", "columns": [{"name": "id", "type": "LONG", "nullable": false}], "primaryKey": ["id"]}
              ]
            }
            """;

    static final String VERSION = "99990101000000";

    /** Version 1 migrated, two authors named Ann, and the failing migration written. */
    private static Migrator failing(Space space, Toasty v1) {
        Migrator first = space.migrator(v1);
        Generated init = first.generate("init", GenerateOptions.defaults());
        first.write(init, space.dir());
        space.migrator(v1).migrate();
        v1.insert(Author.of("Ann", "ann@example.com"));
        v1.insert(Author.of("Ann", "ann.other@example.com"));
        space.write("V" + VERSION + "__reviewers_and_unique_names.json", FAILING);
        Migrator migrator = space.migrator(v1);
        assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                .hasMessageContaining("V" + VERSION + " (reviewers and unique author names) failed on " + space.backend());
        return migrator;
    }

    private static MigrationInfo info(Migrator migrator) {
        return migrator.status().stream().filter(i -> i.version().equals(VERSION)).findFirst().orElseThrow();
    }

    @DriverTest
    @Requires("transactionalDdl")
    void withTransactionalDdlAFailedMigrationLeavesNothing(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator migrator = failing(space, v1);
            assertThat(info(migrator).state()).isEqualTo(MigrationState.PENDING);
            assertThat(migrator.status()).filteredOn(i -> i.state() == MigrationState.FAILED).isEmpty();

            v1.delete(Author.class).where(Author_.email.eq("ann.other@example.com")).execute();
            // the first step runs again: had it been kept, creating mig_reviewers a second time would fail
            assertThat(migrator.migrate()).extracting(MigrationInfo::version).containsExactly(VERSION);
            assertThat(info(migrator).state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @DriverTest
    @Requires(value = "transactionalDdl", absent = true)
    void withoutTransactionalDdlAFailedMigrationStopsAtItsStepAndResumes(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator migrator = failing(space, v1);
            MigrationInfo failed = info(migrator);
            assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
            assertThat(failed.stepsDone()).isEqualTo(1);
            assertThat(failed.error()).contains("step 2");

            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("failed at step 2").hasMessageContaining("repair").hasMessageContaining("resume");
            assertThatThrownBy(migrator::resume).as("the data is not fixed yet").isInstanceOf(MigrationException.class);
            assertThat(info(migrator).stepsDone()).isEqualTo(1);

            v1.delete(Author.class).where(Author_.name.eq("Ann")).execute();
            assertThat(migrator.resume()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED);
            assertThat(info(migrator).stepsDone()).isEqualTo(2);
            assertThat(migrator.migrate()).isEmpty();
        }
    }

    @DriverTest
    @Requires(value = "transactionalDdl", absent = true)
    void repairForgetsAFailedMigration(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator migrator = failing(space, v1);
            assertThat(migrator.repair()).containsExactly("forgot the failed V" + VERSION + " (reviewers and unique author names)");
            assertThat(info(migrator).state()).isEqualTo(MigrationState.PENDING);
            // its first step ran: the table it made must go by hand (here, with a migration's own down step) before it runs again
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class).hasMessageContaining("step 1");
        }
    }
}
