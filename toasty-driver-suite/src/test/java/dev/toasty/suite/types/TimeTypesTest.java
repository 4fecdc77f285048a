package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.query.Filter;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.types.Timed;
import dev.toasty.suite.models.types.Timed_;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dates, times and durations: zoned and offset date-times keep their zone, the instants around the Paris
 * DST changes keep their offsets, leap days and the ends of the day and of the duration range round-trip,
 * and comparisons and ordering across zones follow the instant.
 */
class TimeTypesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZonedDateTime TOKYO_TEN = ZonedDateTime.of(2024, 7, 1, 10, 0, 0, 0, TOKYO);
    private static final ZonedDateTime PARIS_TEN = ZonedDateTime.of(2024, 7, 1, 10, 0, 0, 0, PARIS);
    private static final ZonedDateTime NEW_YORK_TEN = ZonedDateTime.of(2024, 7, 1, 10, 0, 0, 0, NEW_YORK);
    private static final ZonedDateTime TOKYO_EVENING = ZonedDateTime.of(2024, 7, 1, 18, 0, 0, 0, TOKYO);

    private static Timed roundTrip(Toasty db, Timed t) {
        return db.get(Timed.class, db.insert(t).id());
    }

    private static List<String> labels(List<Timed> rows) {
        return rows.stream().map(Timed::label).toList();
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> sorted(Toasty db, Filter<Timed> filter) {
        return db.query(Timed.class).where(filter).list().stream().map(Timed::label).sorted().toList();
    }

    @DriverTest
    void aZonedDateTimeInParisComesBackWithItsZone(Toasty db) {
        ZonedDateTime at = ZonedDateTime.of(2024, 7, 14, 10, 0, 0, 123_456_000, PARIS);
        OffsetDateTime offset = OffsetDateTime.of(2024, 7, 14, 10, 0, 0, 654_321_000, ZoneOffset.ofHoursMinutes(5, 30));
        Timed out = roundTrip(db, Timed.of("paris").withZonedAt(at).withOffsetAt(offset));
        assertThat(out.zonedAt()).isEqualTo(at);
        assertThat(out.zonedAt().getZone()).isEqualTo(PARIS);
        assertThat(out.offsetAt()).isEqualTo(offset);
        assertThat(out.offsetAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        Timed fixed = roundTrip(db, Timed.of("fixed").withZonedAt(at.withZoneSameInstant(ZoneOffset.ofHours(-3)))
                .withOffsetAt(offset.withOffsetSameInstant(ZoneOffset.UTC)));
        assertThat(fixed.zonedAt()).isEqualTo(at.withZoneSameInstant(ZoneOffset.ofHours(-3)));
        assertThat(fixed.offsetAt()).isEqualTo(offset.withOffsetSameInstant(ZoneOffset.UTC));
        Timed utc = roundTrip(db, Timed.of("utc").withZonedAt(at.withZoneSameInstant(ZoneId.of("UTC"))));
        assertThat(utc.zonedAt().getZone()).isEqualTo(ZoneId.of("UTC"));
    }

    /** Paris springs forward at 02:00 on 2024-03-31: 01:59:59.999999+01:00 is one microsecond before 03:00+02:00. */
    @DriverTest
    void theInstantsAroundTheSpringChangeKeepTheirOffsets(Toasty db) {
        ZonedDateTime before = ZonedDateTime.of(2024, 3, 31, 1, 59, 59, 999_999_000, PARIS);
        ZonedDateTime after = ZonedDateTime.of(2024, 3, 31, 3, 0, 0, 0, PARIS);
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofNanos(1_000));
        Timed a = roundTrip(db, Timed.of("before").withZonedAt(before).withOffsetAt(before.toOffsetDateTime())
                .withInstant(before.toInstant()));
        Timed b = roundTrip(db, Timed.of("after").withZonedAt(after).withOffsetAt(after.toOffsetDateTime())
                .withInstant(after.toInstant()));
        assertThat(a.zonedAt()).isEqualTo(before);
        assertThat(a.zonedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(b.zonedAt()).isEqualTo(after);
        assertThat(b.zonedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(a.offsetAt()).isEqualTo(before.toOffsetDateTime());
        assertThat(b.instant()).isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
        assertThat(sorted(db, Timed_.zonedAt.gt(before))).containsExactly("after");
        assertThat(sorted(db, Timed_.offsetAt.lt(after.toOffsetDateTime()))).containsExactly("before");
        assertThat(sorted(db, Timed_.instant.ge(after.toInstant()))).containsExactly("after");
    }

    /** Paris falls back at 03:00 on 2024-10-27: 02:30 happens at +02:00 and again, an hour later, at +01:00. */
    @DriverTest
    void theRepeatedHourOfTheAutumnChangeKeepsBothOffsets(Toasty db) {
        ZonedDateTime local = ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, PARIS);
        ZonedDateTime earlier = local.withEarlierOffsetAtOverlap();
        ZonedDateTime later = local.withLaterOffsetAtOverlap();
        assertThat(Duration.between(earlier, later)).isEqualTo(Duration.ofHours(1));
        Timed e = roundTrip(db, Timed.of("earlier").withZonedAt(earlier).withOffsetAt(earlier.toOffsetDateTime()));
        Timed l = roundTrip(db, Timed.of("later").withZonedAt(later).withOffsetAt(later.toOffsetDateTime()));
        assertThat(e.zonedAt()).isEqualTo(earlier);
        assertThat(e.zonedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(l.zonedAt()).isEqualTo(later);
        assertThat(l.zonedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(l.offsetAt()).isEqualTo(later.toOffsetDateTime());
        assertThat(sorted(db, Timed_.zonedAt.lt(later))).containsExactly("earlier");
        assertThat(sorted(db, Timed_.zonedAt.eq(later))).containsExactly("later");
        assertThat(sorted(db, Timed_.offsetAt.eq(earlier.toOffsetDateTime()))).containsExactly("earlier");
    }

    @DriverTest
    void nullInEveryTimeFieldComesBackNull(Toasty db) {
        Timed out = roundTrip(db, Timed.of("none"));
        assertThat(out).isEqualTo(new Timed(out.id(), "none", null, null, null, null, null, null, null));
        assertThat(db.query(Timed.class).where(Timed_.zonedAt.isNull()).where(Timed_.offsetAt.isNull())
                .where(Timed_.duration.isNull()).where(Timed_.time.isNull()).count()).isEqualTo(1);
        assertThat(db.query(Timed.class).where(Timed_.zonedAt.isNotNull()).count()).isZero();
    }

    @DriverTest
    void leapDayRoundTripsInEveryDateType(Toasty db) {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        LocalDateTime lastMicro = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000);
        ZonedDateTime zoned = ZonedDateTime.of(lastMicro, PARIS);
        Timed out = roundTrip(db, Timed.of("leap").withDate(leap).withDateTime(lastMicro).withZonedAt(zoned)
                .withInstant(zoned.toInstant()).withOffsetAt(zoned.toOffsetDateTime()));
        assertThat(out.date()).isEqualTo(leap);
        assertThat(out.dateTime()).isEqualTo(lastMicro);
        assertThat(out.zonedAt()).isEqualTo(zoned);
        assertThat(out.instant()).isEqualTo(Instant.parse("2024-02-29T22:59:59.999999Z"));
        assertThat(out.offsetAt()).isEqualTo(zoned.toOffsetDateTime());
        assertThat(db.query(Timed.class).where(Timed_.date.eq(leap)).count()).isEqualTo(1);
    }

    @DriverTest
    void localTimeAtTheEndsOfTheDay(Toasty db, Backend backend) {
        List<LocalTime> times = List.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000), LocalTime.NOON,
                LocalTime.of(0, 0, 0, 1_000));
        for (LocalTime t : times) {
            assertThat(roundTrip(db, Timed.of(t.toString()).withTime(t)).time()).isEqualTo(t);
        }
        if (Precision.of(backend) == ChronoUnit.NANOS) {
            assertThat(roundTrip(db, Timed.of("max").withTime(LocalTime.MAX)).time()).isEqualTo(LocalTime.MAX);
            assertThat(roundTrip(db, Timed.of("1ns").withTime(LocalTime.ofNanoOfDay(1))).time())
                    .isEqualTo(LocalTime.ofNanoOfDay(1));
        }
    }

    private static void seedTimes(Toasty db) {
        for (String t : List.of("17:00", "09:00", "23:59:59.999999", "00:00", "12:30:15.5", "08:59:59.999999")) {
            db.insert(Timed.of(t).withTime(LocalTime.parse(t)));
        }
        db.insert(Timed.of("none"));
    }

    /** The labels are the times as ISO text, which sorts as the times do. */
    @DriverTest
    void localTimeRanges(Toasty db) {
        seedTimes(db);
        assertThat(sorted(db, Timed_.time.between(LocalTime.of(9, 0), LocalTime.of(17, 0))))
                .containsExactly("09:00", "12:30:15.5", "17:00");
        assertThat(sorted(db, Timed_.time.lt(LocalTime.of(9, 0)))).containsExactly("00:00", "08:59:59.999999");
        assertThat(sorted(db, Timed_.time.gt(LocalTime.of(23, 59, 59, 999_998_000)))).containsExactly("23:59:59.999999");
        assertThat(sorted(db, Timed_.time.eq(LocalTime.MIDNIGHT))).containsExactly("00:00");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void localTimeOrdering(Toasty db) {
        seedTimes(db);
        assertThat(labels(db.query(Timed.class).where(Timed_.time.isNotNull()).orderBy(Timed_.time.asc()).list()))
                .containsExactly("00:00", "08:59:59.999999", "09:00", "12:30:15.5", "17:00", "23:59:59.999999");
        assertThat(labels(db.query(Timed.class).where(Timed_.time.lt(LocalTime.of(9, 0))).orderBy(Timed_.time.desc()).list()))
                .containsExactly("08:59:59.999999", "00:00");
    }

    @DriverTest
    void durationsAtTheEndsOfTheNanosecondRange(Toasty db) {
        List<Duration> edges = List.of(Duration.ofNanos(Long.MAX_VALUE), Duration.ofNanos(Long.MIN_VALUE), Duration.ZERO,
                Duration.ofNanos(-1), Duration.ofNanos(1), Duration.ofDays(365L * 292), Duration.ofSeconds(-1, 999_999_999));
        for (Duration d : edges) {
            assertThat(roundTrip(db, Timed.of(d.toString()).withDuration(d)).duration()).as(d.toString()).isEqualTo(d);
        }
        assertThat(db.query(Timed.class).where(Timed_.duration.eq(Duration.ofNanos(Long.MIN_VALUE))).count()).isEqualTo(1);
    }

    /** A duration beyond ±292 years does not fit in 64 bits of nanoseconds: refused, naming the field, nothing written. */
    @DriverTest
    void aDurationBeyondTheNanosecondRangeIsRefused(Toasty db, Recorder recorder) {
        recorder.clear();
        for (Duration d : List.of(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1), Duration.ofNanos(Long.MIN_VALUE).minusNanos(1),
                Duration.ofDays(365L * 300), Duration.ofSeconds(Long.MIN_VALUE))) {
            assertThatThrownBy(() -> db.insert(Timed.of("big").withDuration(d))).as(d.toString())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("duration");
        }
        Refusals.nothingRan(recorder);
        assertThat(db.query(Timed.class).count()).isZero();
    }

    private static void seedDurations(Toasty db) {
        for (Duration d : List.of(Duration.ofHours(2), Duration.ofHours(-1), Duration.ZERO, Duration.ofSeconds(90),
                Duration.ofSeconds(1), Duration.ofNanos(-1))) {
            db.insert(Timed.of(d.toString()).withDuration(d));
        }
        db.insert(Timed.of("none"));
    }

    @DriverTest
    void durationRanges(Toasty db) {
        seedDurations(db);
        assertThat(sorted(db, Timed_.duration.gt(Duration.ofMinutes(1)))).containsExactlyInAnyOrder("PT1M30S", "PT2H");
        assertThat(sorted(db, Timed_.duration.between(Duration.ZERO, Duration.ofMinutes(1))))
                .containsExactlyInAnyOrder("PT0S", "PT1S");
        assertThat(sorted(db, Timed_.duration.lt(Duration.ZERO))).containsExactlyInAnyOrder("PT-1H", "PT-0.000000001S");
        assertThat(sorted(db, Timed_.duration.ge(Duration.ofNanos(-1)).and(Timed_.duration.le(Duration.ZERO))))
                .containsExactlyInAnyOrder("PT-0.000000001S", "PT0S");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void durationOrdering(Toasty db) {
        seedDurations(db);
        assertThat(labels(db.query(Timed.class).where(Timed_.duration.isNotNull()).orderBy(Timed_.duration.desc()).list()))
                .containsExactly("PT2H", "PT1M30S", "PT1S", "PT0S", "PT-0.000000001S", "PT-1H");
        assertThat(labels(db.query(Timed.class).where(Timed_.duration.lt(Duration.ZERO)).orderBy(Timed_.duration.asc()).list()))
                .containsExactly("PT-1H", "PT-0.000000001S");
    }

    /**
     * 10:00 in Tokyo (01:00Z), in Paris (08:00Z) and in New York (14:00Z) on the same summer day, and 18:00 in
     * Tokyo (09:00Z): comparisons follow the instant, whatever zone the argument is in.
     */
    @DriverTest
    void zonedComparisonsFollowTheInstantAcrossZones(Toasty db) {
        seedZones(db);
        assertThat(PARIS_TEN.isBefore(NEW_YORK_TEN)).isTrue();
        assertThat(sorted(db, Timed_.zonedAt.lt(NEW_YORK_TEN))).containsExactly("paris", "tokyo", "tokyo-18");
        assertThat(sorted(db, Timed_.zonedAt.gt(PARIS_TEN))).containsExactly("ny", "tokyo-18");
        assertThat(sorted(db, Timed_.zonedAt.eq(PARIS_TEN.withZoneSameInstant(ZoneOffset.UTC)))).containsExactly("paris");
        assertThat(sorted(db, Timed_.offsetAt.between(PARIS_TEN.toOffsetDateTime(),
                TOKYO_EVENING.withZoneSameInstant(NEW_YORK).toOffsetDateTime()))).containsExactly("paris", "tokyo-18");
        assertThat(sorted(db, Timed_.offsetAt.ge(TOKYO_EVENING.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(-9)))))
                .containsExactly("ny", "tokyo-18");
        Timed read = db.query(Timed.class).where(Timed_.zonedAt.eq(NEW_YORK_TEN)).one();
        assertThat(read.zonedAt().getZone()).isEqualTo(NEW_YORK);
    }

    /** Ordering follows the instant: by local time the four would tie three ways, by zone id they would sort otherwise. */
    @DriverTest
    @Requires("arbitraryOrder")
    void zonedOrderingFollowsTheInstantAcrossZonesAndDstChanges(Toasty db) {
        seedZones(db);
        assertThat(labels(db.query(Timed.class).orderBy(Timed_.zonedAt.asc()).list()))
                .containsExactly("tokyo", "paris", "tokyo-18", "ny");
        assertThat(labels(db.query(Timed.class).orderBy(Timed_.offsetAt.desc()).list()))
                .containsExactly("ny", "tokyo-18", "paris", "tokyo");
        ZonedDateTime overlap = ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, PARIS);
        insertAt(db, "later", overlap.withLaterOffsetAtOverlap());
        insertAt(db, "earlier", overlap.withEarlierOffsetAtOverlap());
        insertAt(db, "spring-after", ZonedDateTime.of(2024, 3, 31, 3, 0, 0, 0, PARIS));
        insertAt(db, "spring-before", ZonedDateTime.of(2024, 3, 31, 1, 59, 59, 999_999_000, PARIS));
        assertThat(labels(db.query(Timed.class).where(Timed_.zonedAt.lt(TOKYO_TEN)).orderBy(Timed_.zonedAt.asc()).list()))
                .containsExactly("spring-before", "spring-after");
        assertThat(labels(db.query(Timed.class).where(Timed_.zonedAt.gt(NEW_YORK_TEN)).orderBy(Timed_.offsetAt.desc()).list()))
                .containsExactly("later", "earlier");
    }

    private static void seedZones(Toasty db) {
        insertAt(db, "paris", PARIS_TEN);
        insertAt(db, "ny", NEW_YORK_TEN);
        insertAt(db, "tokyo", TOKYO_TEN);
        insertAt(db, "tokyo-18", TOKYO_EVENING);
    }

    private static void insertAt(Toasty db, String label, ZonedDateTime at) {
        db.insert(Timed.of(label).withZonedAt(at).withOffsetAt(at.toOffsetDateTime()));
    }
}
