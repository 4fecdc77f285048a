package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.migrate.v2.Author;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changes that may lose data, allowed and applied, then rolled back and applied again: a column made required,
 * a column's type widened, a table dropped. Each direction leaves no schema difference; rows survive where their
 * columns do. DynamoDB has no column types or nullability to change (its refusals are in {@link FailureTest}).
 */
class DestructiveRoundTripTest {

    @DriverTest
    @Requires("nativeSql")
    void requiredWidenedAndDroppedGoUpDownAndUp(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty v2 = space.open(Versions.V2);
            Migrator first = space.migrator(v2);
            first.write(first.generate("init", GenerateOptions.defaults()), space.dir());
            space.migrator(v2).migrate();
            Author ann = v2.insert(new Author(null, "Ann", "ann@example.com", "writes", 5));

            Toasty v4 = space.open(Versions.V4);
            Migrator next = space.migrator(v4);
            Generated held = next.generate("destructive", GenerateOptions.defaults());
            assertThat(held.heldBack()).as("held back unless allowed").hasSize(3);
            Generated change = next.generate("destructive", GenerateOptions.defaults().withAllowDestructive(true));
            assertThat(change.heldBack()).isEmpty();
            assertThat(change.migration().up()).extracting(s -> s.describe()).containsExactlyInAnyOrder(
                    "alter column mig_authors.bio: now required", "alter column mig_authors.rating: type INT -> LONG",
                    "drop table mig_reviews (its rows are lost)");
            next.write(change, space.dir());

            Migrator migrator = space.migrator(v4);
            assertThat(migrator.migrate()).hasSize(1);
            assertThat(v4.schemaDifferences()).isEmpty();
            dev.toasty.suite.migrate.v4.Author widened = v4.get(dev.toasty.suite.migrate.v4.Author.class, ann.id());
            assertThat(widened.bio()).isEqualTo("writes");
            assertThat(widened.rating()).isEqualTo(5L);
            v4.insert(new dev.toasty.suite.migrate.v4.Author(null, "Big", "big@example.com", "b", 3_000_000_000L));

            v4.delete(dev.toasty.suite.migrate.v4.Author.class).where(dev.toasty.suite.migrate.v4.Author_.name.eq("Big")).execute();
            assertThat(migrator.rollback()).extracting(MigrationInfo::version).containsExactly(change.migration().version());
            assertThat(v2.schemaDifferences()).as("down leaves version 2's schema, the dropped table back empty").isEmpty();
            assertThat(v2.get(Author.class, ann.id()).rating()).isEqualTo(5);

            assertThat(migrator.migrate()).hasSize(1);
            assertThat(v4.schemaDifferences()).as("up again leaves version 4's schema").isEmpty();
        }
    }
}
