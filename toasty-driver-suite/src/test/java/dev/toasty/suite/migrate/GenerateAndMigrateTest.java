package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationState;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.migrate.v1.Author;
import dev.toasty.suite.migrate.v1.Book;
import dev.toasty.suite.migrate.v2.Review;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations generated from the models and applied, on every backend: the first from nothing, the next from the
 * difference between two versions of the models; after each, the database matches the models exactly
 * ({@code schemaDifferences()} empty), rows written before survive, and a rollback and a second migrate
 * (up, down, up) leave the same schema.
 */
class GenerateAndMigrateTest {

    @DriverTest
    void theFirstMigrationMakesTheSchemaOfTheModels(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator migrator = space.migrator(v1);
            assertThat(migrator.drift()).contains("create table mig_authors", "create table mig_books");
            Generated init = migrator.generate("create authors and books", GenerateOptions.defaults());
            assertThat(init.heldBack()).isEmpty();
            assertThat(init.text()).contains("\"createTable\" : \"mig_authors\"", "\"createIndex\"", "\"dropTable\" : \"mig_books\"");
            migrator.write(init, space.dir());

            Migrator reread = space.migrator(v1);
            assertThat(reread.drift()).as("the models match what the migrations make").isEmpty();
            assertThat(reread.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.PENDING);
            List<MigrationInfo> applied = reread.migrate();
            assertThat(applied).extracting(MigrationInfo::version).containsExactly(init.migration().version());
            assertThat(v1.schemaDifferences()).isEmpty();
            assertThat(reread.status()).singleElement().satisfies(info -> {
                assertThat(info.state()).isEqualTo(MigrationState.APPLIED);
                assertThat(info.checksum()).isEqualTo(init.migration().checksum());
                assertThat(info.installedOn()).isNotNull();
                assertThat(info.stepsDone()).isEqualTo(init.migration().up().size());
            });
            assertThat(reread.migrate()).as("a second migrate has nothing to do").isEmpty();

            Author ann = v1.insert(Author.of("Ann", "ann@example.com"));
            v1.insert(Book.of("Tides", ann.id()));
            assertThat(v1.query(Book.class).allowScan().list()).extracting(Book::title).containsExactly("Tides");
        }
    }

    /** On DynamoDB a unique value is claimed by a side item in toasty_meta: dropping the table releases it. */
    @DriverTest
    void aTableDroppedByARollbackAndMadeAgainTakesItsOldUniqueValues(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator migrator = space.migrator(v1);
            migrator.write(migrator.generate("init", GenerateOptions.defaults()), space.dir());
            migrator = space.migrator(v1);
            migrator.migrate();
            v1.insert(Author.of("Ann", "ann@example.com"));
            assertThat(migrator.rollback()).hasSize(1);
            assertThat(migrator.migrate()).hasSize(1);
            Author again = v1.insert(Author.of("Ann again", "ann@example.com"));
            assertThat(v1.get(Author.class, again.id()).email()).isEqualTo("ann@example.com");
            assertThat(v1.query(Author.class).count()).isEqualTo(1);
        }
    }

    @DriverTest
    void theNextMigrationChangesTheSchemaAndKeepsTheRows(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator first = space.migrator(v1);
            first.write(first.generate("init", GenerateOptions.defaults()), space.dir());
            space.migrator(v1).migrate();
            Author ann = v1.insert(Author.of("Ann", "ann@example.com"));
            Book tides = v1.insert(Book.of("Tides", ann.id()));

            Toasty v2 = space.open(Versions.V2);
            Migrator next = space.migrator(v2);
            assertThat(next.drift()).contains("add column mig_authors.bio", "add column mig_authors.rating", "create table mig_reviews");
            Generated change = next.generate("author bio, ratings and reviews", GenerateOptions.defaults());
            assertThat(change.heldBack()).isEmpty();
            assertThat(change.migration().up()).extracting(s -> s.describe()).containsExactly(
                    "create table mig_reviews", "create index ix_mig_reviews_book_id on mig_reviews", "add column mig_authors.bio",
                    "add column mig_authors.rating", "create index ix_mig_authors_rating on mig_authors");
            next.write(change, space.dir());

            Migrator migrator = space.migrator(v2);
            assertThat(migrator.preview()).hasSize(1);
            assertThat(migrator.migrate()).hasSize(1);
            assertThat(v2.schemaDifferences()).isEmpty();
            dev.toasty.suite.migrate.v2.Author read = v2.get(dev.toasty.suite.migrate.v2.Author.class, ann.id());
            assertThat(read.name()).isEqualTo("Ann");
            assertThat(read.bio()).isNull();
            v2.insert(Review.of(tides.id(), "moving"));

            assertThat(migrator.rollback()).extracting(MigrationInfo::version).containsExactly(change.migration().version());
            assertThat(v1.schemaDifferences()).as("down leaves version 1's schema").isEmpty();
            assertThat(v1.get(Author.class, ann.id()).email()).isEqualTo("ann@example.com");
            assertThat(migrator.status()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);

            assertThat(migrator.migrate()).hasSize(1);
            assertThat(v2.schemaDifferences()).as("up again leaves version 2's schema").isEmpty();
        }
    }
}
