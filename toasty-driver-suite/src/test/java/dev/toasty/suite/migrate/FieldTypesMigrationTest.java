package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.types.Address;
import dev.toasty.suite.models.types.Article;
import dev.toasty.suite.models.types.Geo;
import dev.toasty.suite.models.types.Invoice;
import dev.toasty.suite.models.types.JsonDoc;
import dev.toasty.suite.models.types.Mood;
import dev.toasty.suite.models.types.Priority;
import dev.toasty.suite.models.types.Shipment;
import dev.toasty.suite.models.types.Status;
import dev.toasty.suite.models.types.Tagged;
import dev.toasty.suite.models.types.Timed;
import dev.toasty.suite.models.types.Typed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration generated from models holding every field type (scalars, enums by name, by code and native, JSON,
 * arrays, an embedded record, zoned and offset date-times, converted and deferred fields) makes a schema with no
 * differences on every backend, stores a value of each kind exactly, and goes down and up again to the same schema.
 */
class FieldTypesMigrationTest {

    private static final Class<?>[] MODELS = {Everything.class, Typed.class, Timed.class, JsonDoc.class, Tagged.class,
            Shipment.class, Invoice.class, Article.class};

    @DriverTest
    void everyFieldTypeIsGeneratedAppliedAndRolledBack(Toasty shared, Backend backend) {
        try (Space space = new Space(backend, shared)) {
            Toasty db = space.open(MODELS);
            Migrator first = space.migrator(db);
            Generated init = first.generate("every field type", GenerateOptions.defaults());
            assertThat(init.heldBack()).isEmpty();
            first.write(init, space.dir());

            Migrator migrator = space.migrator(db);
            assertThat(migrator.migrate()).hasSize(1);
            assertThat(db.schemaDifferences()).as("the migration makes what the models need").isEmpty();
            assertThat(migrator.drift()).as("no drift after migrating").isEmpty();

            Typed typed = db.insert(new Typed(null, "t", Status.DRAFT, Priority.values()[0], Mood.HAPPY, 'x', 'y',
                    new BigDecimal("1234.50"), 1.5f, 2.25d, "text", UUID.randomUUID(), new byte[]{1, 2, 3}));
            assertThat(db.get(Typed.class, typed.id()).mood()).isEqualTo(Mood.HAPPY);
            ZonedDateTime zoned = ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneId.of("Europe/Paris"));
            Timed timed = db.insert(new Timed(null, "z", Duration.ofMinutes(90), LocalTime.of(7, 45), OffsetDateTime.of(2026, 1, 2,
                    3, 4, 5, 0, ZoneOffset.ofHours(-5)), zoned, Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 2, 28),
                    LocalDateTime.of(2026, 2, 28, 23, 59)));
            assertThat(db.get(Timed.class, timed.id()).zonedAt()).isEqualTo(zoned);
            Tagged tagged = db.insert(new Tagged(null, "a", List.of("x", "y"), Set.of(3, 1), List.of(), List.of(Status.DRAFT)));
            assertThat(db.get(Tagged.class, tagged.id()).tags()).containsExactly("x", "y");
            Shipment shipment = db.insert(Shipment.of("s", new Address("Main St", "Lyon", new Geo(45.76, 4.84))));
            assertThat(db.get(Shipment.class, shipment.id()).address().geo().lat()).isEqualTo(45.76);
            db.insert(JsonDoc.of("j", null));
            db.insert(Article.of("a", "body"));

            assertThat(migrator.rollback()).hasSize(1);
            assertThat(db.schemaDifferences()).as("down removes every table").isNotEmpty();
            assertThat(migrator.migrate()).hasSize(1);
            assertThat(db.schemaDifferences()).as("up again gives the same schema").isEmpty();
        }
    }
}
