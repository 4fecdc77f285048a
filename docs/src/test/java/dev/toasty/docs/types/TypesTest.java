package dev.toasty.docs.types;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.docs.types.overview.Concert;
import dev.toasty.docs.types.overview.Concert_;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/types.md, run as written there. */
class TypesTest {

    @Test
    void zonedDateTimesDecimalsAndCharsRoundTrip() {
        try (Toasty db = Toasty.builder().models(Concert.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            ZonedDateTime paris = ZonedDateTime.of(2025, 6, 21, 20, 30, 0, 0, ZoneId.of("Europe/Paris"));
            Concert gig = db.insert(new Concert(null, "The Toasters", paris, Duration.ofMinutes(95), LocalTime.of(19, 45),
                    new BigDecimal("39.5"), 'B', null));

            Concert back = db.get(Concert.class, gig.id());
            ZonedDateTime startsAt = back.startsAt();     // 2025-06-21T20:30+02:00[Europe/Paris]
            BigDecimal price = back.price();              // 39.50: read back at the declared scale

            assertThat(startsAt).isEqualTo(paris);
            assertThat(startsAt.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(price).isEqualTo("39.50");
            assertThat(back.length()).isEqualTo(Duration.ofMinutes(95));
            assertThat(back.doorsOpen()).isEqualTo(LocalTime.of(19, 45));
            assertThat(back.section()).isEqualTo('B');
            assertThat(db.sql("SELECT * FROM concerts WHERE starts_at_zone = 'Europe/Paris'").list(Concert.class))
                    .containsExactly(back);
        }
    }

    @Test
    void zonedDateTimesCompareByTheirInstant() {
        try (Toasty db = Toasty.builder().models(Concert.class).url("sqlite::memory:").build()) {
            db.pushSchema();
            ZonedDateTime paris = ZonedDateTime.of(2025, 6, 21, 20, 30, 0, 0, ZoneId.of("Europe/Paris"));
            Concert gig = db.insert(new Concert(null, "The Toasters", paris, null, null, null, 'A', null));
            Concert tokyo = db.insert(new Concert(null, "Early", ZonedDateTime.of(2025, 6, 21, 22, 0, 0, 0,
                    ZoneId.of("Asia/Tokyo")), null, null, null, 'A', null));

            ZonedDateTime newYork = ZonedDateTime.of(2025, 6, 21, 14, 30, 0, 0, ZoneId.of("America/New_York"));
            List<Concert> same = db.query(Concert.class).where(Concert_.startsAt.eq(newYork)).list();
            List<Concert> earlier = db.query(Concert.class).where(Concert_.startsAt.lt(newYork)).list();
            List<Concert> inOrder = db.query(Concert.class).orderBy(Concert_.startsAt.asc()).list();

            assertThat(same).containsExactly(gig);
            assertThat(earlier).containsExactly(tokyo);
            assertThat(inOrder).containsExactly(tokyo, gig);
            assertThat(same.get(0).startsAt().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        }
    }

    @Test
    void valuesTheColumnCannotHoldAreRefusedNotRounded() {
        try (Toasty db = Toasty.builder().models(Concert.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            assertThatThrownBy(() -> {
                db.insert(new Concert(null, "Pricey", null, null, null, new BigDecimal("10000.00"), 'A', null));
                // ValidationException: Concert.price is declared @Decimal(precision = 6, scale = 2): 10000.00 has
                // 5 digits before the point and 0 after it, where the column keeps 4 and 2; Toasty does not round, ...
            }).isInstanceOf(ValidationException.class).hasMessageContaining("Concert.price is declared "
                    + "@Decimal(precision = 6, scale = 2): 10000.00 has 5 digits before the point and 0 after it, "
                    + "where the column keeps 4 and 2; Toasty does not round");
            assertThatThrownBy(() -> {
                db.insert(new Concert(null, "Precise", null, null, null, new BigDecimal("9.999"), 'A', null));
                // ValidationException: ... 9.999 has 1 digits before the point and 3 after it ...
            }).isInstanceOf(ValidationException.class).hasMessageContaining("9.999 has 1 digits before the point and 3 after it");
            assertThatThrownBy(() -> {
                db.insert(new Concert(null, "Unrated", null, null, null, null, 'A', Double.NaN));
                // ValidationException on SQLite: NaN in column 'rating' cannot be stored or compared on SQLite, ...
            }).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("NaN in column 'rating' cannot be stored or compared on SQLite, ");
            assertThatThrownBy(() -> {
                db.insert(new Concert(null, "Endless", null, Duration.ofDays(365L * 300), null, null, 'A', null));
                // ValidationException: Concert.length cannot store PT2628000H: durations are stored as nanoseconds, ...
            }).isInstanceOf(ValidationException.class).hasMessageContaining("Concert.length cannot store PT2628000H");
            assertThat(db.query(Concert.class).count()).isZero();
        }
    }
}
