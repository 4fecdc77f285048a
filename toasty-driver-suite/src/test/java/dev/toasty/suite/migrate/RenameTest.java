package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationState;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.migrate.v1.Author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A renamed field: without a hint the generator never guesses, it holds the drop back and says why; with the hint
 * it writes a rename, which keeps the values on SQL backends and which DynamoDB refuses before sending anything.
 */
class RenameTest {

    private static final GenerateOptions RENAME = GenerateOptions.defaults().withRename("mig_authors.email", "contact");

    private static Toasty migratedV1(Space space) {
        Toasty v1 = space.open(Versions.V1);
        Migrator first = space.migrator(v1);
        first.write(first.generate("init", GenerateOptions.defaults()), space.dir());
        space.migrator(v1).migrate();
        v1.insert(Author.of("Ann", "ann@example.com"));
        return v1;
    }

    @DriverTest
    void withoutAHintTheDropIsHeldBack(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            migratedV1(space);
            Generated guess = space.migrator(space.open(Versions.V3)).generate("rename", GenerateOptions.defaults());
            assertThat(guess.heldBack()).singleElement().asString()
                    .startsWith("drop column mig_authors.email would delete its values").contains("give a rename");
            assertThat(guess.migration().up()).extracting(s -> s.describe()).contains("add column mig_authors.contact")
                    .noneMatch(d -> d.startsWith("drop column"));
            Generated destructive = space.migrator(space.open(Versions.V3)).generate("rename",
                    GenerateOptions.defaults().withAllowDestructive(true));
            assertThat(destructive.heldBack()).isEmpty();
            assertThat(destructive.migration().up()).extracting(s -> s.describe())
                    .contains("drop column mig_authors.email (its values are lost)");
        }
    }

    @DriverTest
    @Requires("nativeSql")
    void withAHintTheColumnIsRenamedAndKeepsItsValues(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            migratedV1(space);
            Toasty v3 = space.open(Versions.V3);
            Migrator migrator = space.migrator(v3);
            Generated rename = migrator.generate("email becomes contact", RENAME);
            assertThat(rename.heldBack()).isEmpty();
            assertThat(rename.migration().up()).extracting(s -> s.describe()).contains("rename column mig_authors.email to contact");
            migrator.write(rename, space.dir());
            assertThat(space.migrator(v3).migrate()).hasSize(1);
            assertThat(v3.schemaDifferences()).isEmpty();
            assertThat(v3.query(dev.toasty.suite.migrate.v3.Author.class).list()).extracting(dev.toasty.suite.migrate.v3.Author::contact)
                    .containsExactly("ann@example.com");
            space.migrator(v3).rollback();
            assertThat(space.open(Versions.V1).schemaDifferences()).isEmpty();
        }
    }

    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void dynamoDbRefusesARenameBeforeSendingAnything(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            migratedV1(space);
            Migrator migrator = space.migrator(space.open(Versions.V3));
            migrator.write(migrator.generate("email becomes contact", RENAME), space.dir());
            Migrator next = space.migrator(space.open(Versions.V3));
            backend.recorder().clear();
            assertThatThrownBy(next::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("cannot run on dynamodb").hasMessageContaining("renaming a column (mig_authors.email)")
                    .hasCauseInstanceOf(UnsupportedFeatureException.class);
            assertThat(next.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
            assertThat(backend.recorder().count("UpdateTable") + backend.recorder().count("CreateTable")).isZero();
        }
    }
}
