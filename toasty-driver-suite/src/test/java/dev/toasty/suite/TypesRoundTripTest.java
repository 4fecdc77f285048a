package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.Everything_;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every field type of {@link Everything} written and read back unchanged, edge values included. */
class TypesRoundTripTest {

    private static final Instant INSTANT = Instant.parse("2024-03-31T01:30:00.123456Z");
    private static final LocalDateTime DATE_TIME = LocalDateTime.parse("2024-02-29T23:59:59.999999");

    private static Everything full() {
        return new Everything(null, "text", Boolean.TRUE, true, (byte) 7, (byte) -7, (short) 300, (short) -300,
                123_456, -123_456, 9_876_543_210L, -9_876_543_210L, 3.25f, -0.5f, 2.718281828459045, -1.0e-10,
                new BigDecimal("12345678901234567890.123456789"), UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
                new byte[]{0, 1, -1, 127, -128}, INSTANT, LocalDate.of(2024, 2, 29), DATE_TIME);
    }

    private static Everything roundTrip(Toasty db, Everything e) {
        Everything saved = db.insert(e);
        assertThat(saved.id()).isNotNull();
        return db.get(Everything.class, saved.id());
    }

    private static Everything withText(Everything e, String text) {
        return new Everything(e.id(), text, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static Everything withTimes(Everything e, Instant instant, LocalDateTime dateTime) {
        return new Everything(e.id(), e.text(), e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), e.bytes(), instant, e.date(), dateTime);
    }

    private static Everything withDoubles(Everything e, Double d, double dP, Float f, float fP) {
        return new Everything(e.id(), e.text(), e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), f, fP, d, dP, e.dec(), e.uuid(), e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static Everything withBytes(Everything e, byte[] bytes) {
        return new Everything(e.id(), e.text(), e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), bytes, e.instant(), e.date(), e.dateTime());
    }

    @DriverTest
    void everyFieldRoundTrips(Toasty db) {
        Everything in = full();
        Everything out = roundTrip(db, in);
        assertThat(out.text()).isEqualTo("text");
        assertThat(out.flag()).isTrue();
        assertThat(out.flagP()).isTrue();
        assertThat(out.b()).isEqualTo((byte) 7);
        assertThat(out.bP()).isEqualTo((byte) -7);
        assertThat(out.s()).isEqualTo((short) 300);
        assertThat(out.sP()).isEqualTo((short) -300);
        assertThat(out.i()).isEqualTo(123_456);
        assertThat(out.iP()).isEqualTo(-123_456);
        assertThat(out.l()).isEqualTo(9_876_543_210L);
        assertThat(out.lP()).isEqualTo(-9_876_543_210L);
        assertThat(out.f()).isEqualTo(3.25f);
        assertThat(out.fP()).isEqualTo(-0.5f);
        assertThat(out.d()).isEqualTo(2.718281828459045);
        assertThat(out.dP()).isEqualTo(-1.0e-10);
        assertThat(out.dec()).isEqualByComparingTo(in.dec());
        assertThat(out.uuid()).isEqualTo(in.uuid());
        assertThat(out.bytes()).containsExactly(0, 1, -1, 127, -128);
        assertThat(out.instant()).isEqualTo(INSTANT);
        assertThat(out.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(out.dateTime()).isEqualTo(DATE_TIME);
    }

    @DriverTest
    void nullInEveryBoxedFieldComesBackNull(Toasty db) {
        Everything out = roundTrip(db, Everything.empty());
        assertThat(out.text()).isNull();
        assertThat(out.flag()).isNull();
        assertThat(out.b()).isNull();
        assertThat(out.s()).isNull();
        assertThat(out.i()).isNull();
        assertThat(out.l()).isNull();
        assertThat(out.f()).isNull();
        assertThat(out.d()).isNull();
        assertThat(out.dec()).isNull();
        assertThat(out.uuid()).isNull();
        assertThat(out.bytes()).isNull();
        assertThat(out.instant()).isNull();
        assertThat(out.date()).isNull();
        assertThat(out.dateTime()).isNull();
        assertThat(out.flagP()).isFalse();
        assertThat(out.iP()).isZero();
        assertThat(db.query(Everything.class).where(Everything_.i.isNull()).where(Everything_.bytes.isNull()).count())
                .isEqualTo(1);
    }

    @DriverTest
    void integerMinimums(Toasty db) {
        Everything e = Everything.empty();
        Everything out = roundTrip(db, new Everything(null, null, false, false, Byte.MIN_VALUE, Byte.MIN_VALUE,
                Short.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE,
                e.f(), e.fP(), e.d(), e.dP(), null, null, null, null, null, null));
        assertThat(out.b()).isEqualTo(Byte.MIN_VALUE);
        assertThat(out.bP()).isEqualTo(Byte.MIN_VALUE);
        assertThat(out.s()).isEqualTo(Short.MIN_VALUE);
        assertThat(out.sP()).isEqualTo(Short.MIN_VALUE);
        assertThat(out.i()).isEqualTo(Integer.MIN_VALUE);
        assertThat(out.iP()).isEqualTo(Integer.MIN_VALUE);
        assertThat(out.l()).isEqualTo(Long.MIN_VALUE);
        assertThat(out.lP()).isEqualTo(Long.MIN_VALUE);
        assertThat(out.flag()).isFalse();
        assertThat(db.query(Everything.class).where(Everything_.l.eq(Long.MIN_VALUE)).count()).isEqualTo(1);
        assertThat(db.query(Everything.class).where(Everything_.b.lt((byte) -127)).count()).isEqualTo(1);
    }

    @DriverTest
    void integerMaximums(Toasty db) {
        Everything e = Everything.empty();
        Everything out = roundTrip(db, new Everything(null, null, true, true, Byte.MAX_VALUE, Byte.MAX_VALUE,
                Short.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
                e.f(), e.fP(), e.d(), e.dP(), null, null, null, null, null, null));
        assertThat(out.b()).isEqualTo(Byte.MAX_VALUE);
        assertThat(out.bP()).isEqualTo(Byte.MAX_VALUE);
        assertThat(out.s()).isEqualTo(Short.MAX_VALUE);
        assertThat(out.sP()).isEqualTo(Short.MAX_VALUE);
        assertThat(out.i()).isEqualTo(Integer.MAX_VALUE);
        assertThat(out.iP()).isEqualTo(Integer.MAX_VALUE);
        assertThat(out.l()).isEqualTo(Long.MAX_VALUE);
        assertThat(out.lP()).isEqualTo(Long.MAX_VALUE);
        assertThat(db.query(Everything.class).where(Everything_.lP.eq(Long.MAX_VALUE)).count()).isEqualTo(1);
        assertThat(db.query(Everything.class).where(Everything_.sP.gt((short) 32766)).count()).isEqualTo(1);
    }

    @DriverTest
    void floatsAndDoubles(Toasty db, Backend backend) {
        Everything out = roundTrip(db, withDoubles(Everything.empty(), 0.1 + 0.2, -123456.789, 0.1f, 1.0e-7f));
        assertThat(out.d()).isEqualTo(0.1 + 0.2);
        assertThat(out.dP()).isEqualTo(-123456.789);
        assertThat(out.f()).isEqualTo(0.1f);
        assertThat(out.fP()).isEqualTo(1.0e-7f);
        if (backend.name().equals("dynamodb")) {
            // DynamoDB numbers hold magnitudes from 1E-130 to below 1E126: the double extremes are refused
            // (nothing is written), the float extremes and doubles at the edges of that range round-trip
            assertThatThrownBy(() -> db.insert(withDoubles(Everything.empty(), Double.MAX_VALUE, 0d, null, 0f)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("1.7976931348623157E308");
            assertThatThrownBy(() -> db.insert(withDoubles(Everything.empty(), null, Double.MIN_VALUE, null, 0f)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("4.9E-324");
            assertThatThrownBy(() -> db.insert(withDoubles(Everything.empty(), 1.0e126, 0d, null, 0f)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("1.0E126");
            assertThat(db.query(Everything.class).count()).isEqualTo(1);
            Everything edges = roundTrip(db, withDoubles(Everything.empty(), 9.99e125, 1.0e-130,
                    Float.MAX_VALUE, -Float.MIN_VALUE));
            assertThat(edges.d()).isEqualTo(9.99e125);
            assertThat(edges.dP()).isEqualTo(1.0e-130);
            assertThat(edges.f()).isEqualTo(Float.MAX_VALUE);
            assertThat(edges.fP()).isEqualTo(-Float.MIN_VALUE);
        } else {
            Everything big = roundTrip(db, withDoubles(Everything.empty(), Double.MAX_VALUE, Double.MIN_VALUE,
                    Float.MAX_VALUE, -Float.MIN_VALUE));
            assertThat(big.d()).isEqualTo(Double.MAX_VALUE);
            assertThat(big.dP()).isEqualTo(Double.MIN_VALUE);
            assertThat(big.f()).isEqualTo(Float.MAX_VALUE);
            assertThat(big.fP()).isEqualTo(-Float.MIN_VALUE);
        }
        assertThat(db.query(Everything.class).where(Everything_.d.eq(0.1 + 0.2)).count()).isEqualTo(1);
        assertThat(db.query(Everything.class).where(Everything_.d.eq(0.3)).count()).isZero();
        assertThat(db.query(Everything.class).where(Everything_.f.eq(0.1f)).count()).isEqualTo(1);
    }

    @DriverTest
    void negativeZero(Toasty db, Backend backend) {
        Everything out = roundTrip(db, withDoubles(Everything.empty(), -0.0, -0.0, -0.0f, -0.0f));
        // numerically zero everywhere
        assertThat(out.d() == 0.0).isTrue();
        assertThat(out.dP() == 0.0).isTrue();
        assertThat(out.f() == 0.0f).isTrue();
        assertThat(out.fP() == 0.0f).isTrue();
        assertThat(db.query(Everything.class).where(Everything_.d.eq(0.0)).count()).isEqualTo(1);
        if (backend.name().equals("postgresql")) {
            // float8 and float4 keep the sign bit
            assertThat(Double.doubleToRawLongBits(out.d())).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(Double.doubleToRawLongBits(out.dP())).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(Float.floatToRawIntBits(out.f())).isEqualTo(Float.floatToRawIntBits(-0.0f));
            assertThat(Float.floatToRawIntBits(out.fP())).isEqualTo(Float.floatToRawIntBits(-0.0f));
        } else {
            // SQLite stores a REAL that equals an integer as that integer, MariaDB's DOUBLE and FLOAT give zero
            // back without its sign, and DynamoDB's decimal numbers have no negative zero: the sign of zero is lost
            assertThat(Double.doubleToRawLongBits(out.d())).isEqualTo(Double.doubleToRawLongBits(0.0));
            assertThat(Float.floatToRawIntBits(out.fP())).isEqualTo(Float.floatToRawIntBits(0.0f));
        }
    }

    @DriverTest
    void bigDecimalWithManyDigits(Toasty db) {
        BigDecimal many = new BigDecimal("12345678901234567890.123456789");
        BigDecimal tiny = new BigDecimal("-0.000000000000000000000000000001");
        Everything a = roundTrip(db, decimal(many));
        Everything b = roundTrip(db, decimal(tiny));
        assertThat(a.dec()).isEqualByComparingTo(many);
        assertThat(a.dec().toPlainString()).isEqualTo("12345678901234567890.123456789");
        assertThat(b.dec()).isEqualByComparingTo(tiny);
        assertThat(db.query(Everything.class).where(Everything_.dec.eq(many)).one().id()).isEqualTo(a.id());
        assertThat(db.query(Everything.class).where(Everything_.dec.eq(tiny)).one().id()).isEqualTo(b.id());
    }

    @DriverTest
    void uuidRoundTripsAndIsFoundByEq(Toasty db) {
        UUID random = UUID.randomUUID();
        UUID max = new UUID(-1L, -1L);
        Everything a = roundTrip(db, uuid(random));
        Everything b = roundTrip(db, uuid(max));
        assertThat(a.uuid()).isEqualTo(random);
        assertThat(b.uuid()).isEqualTo(max);
        assertThat(db.query(Everything.class).where(Everything_.uuid.eq(max)).one().id()).isEqualTo(b.id());
    }

    @DriverTest
    void instantsKeepMicrosecondsAroundTheEpochAndDst(Toasty db) {
        Instant beforeEpoch = Instant.parse("1969-07-20T20:17:40.000001Z");
        Everything a = roundTrip(db, withTimes(Everything.empty(), INSTANT, null));
        Everything b = roundTrip(db, withTimes(Everything.empty(), beforeEpoch, null));
        assertThat(a.instant()).isEqualTo(INSTANT);
        assertThat(b.instant()).isEqualTo(beforeEpoch);
        assertThat(db.query(Everything.class).where(Everything_.instant.eq(beforeEpoch)).one().id()).isEqualTo(b.id());
        assertThat(db.query(Everything.class).where(Everything_.instant.lt(Instant.EPOCH)).one().id()).isEqualTo(b.id());
    }

    @DriverTest
    void subMicrosecondPrecisionIsTheBackendsOwn(Toasty db, Backend backend) {
        Instant nanos = Instant.parse("2024-05-01T12:00:00.123456789Z");
        LocalDateTime local = LocalDateTime.parse("2024-05-01T12:00:00.123456789");
        Everything out = roundTrip(db, withTimes(Everything.empty(), nanos, local));
        if (backend.name().equals("sqlite") || backend.name().equals("dynamodb")) {
            // stored as text with nine fraction digits
            assertThat(out.instant()).isEqualTo(nanos);
            assertThat(out.dateTime()).isEqualTo(local);
        } else {
            // timestamp and timestamptz keep microseconds: the value comes back within a microsecond, on a microsecond
            assertThat(out.instant()).isCloseTo(nanos, org.assertj.core.api.Assertions.within(1, ChronoUnit.MICROS));
            assertThat(out.instant().getNano() % 1_000).isZero();
            assertThat(out.dateTime()).isCloseTo(local, org.assertj.core.api.Assertions.within(1, ChronoUnit.MICROS));
            assertThat(out.dateTime().getNano() % 1_000).isZero();
        }
    }

    @DriverTest
    void localDateLeapDayAndLocalDateTime(Toasty db) {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        Everything out = roundTrip(db, new Everything(null, null, null, false, null, (byte) 0, null, (short) 0, null, 0,
                null, 0L, null, 0f, null, 0d, null, null, null, null, leap, DATE_TIME));
        Everything old = roundTrip(db, new Everything(null, null, null, false, null, (byte) 0, null, (short) 0, null, 0,
                null, 0L, null, 0f, null, 0d, null, null, null, null, LocalDate.of(1900, 1, 1),
                LocalDateTime.parse("1900-01-01T00:00:00.000001")));
        assertThat(out.date()).isEqualTo(leap);
        assertThat(out.dateTime()).isEqualTo(DATE_TIME);
        assertThat(old.date()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(old.dateTime()).isEqualTo(LocalDateTime.parse("1900-01-01T00:00:00.000001"));
        assertThat(db.query(Everything.class).where(Everything_.date.eq(leap)).one().id()).isEqualTo(out.id());
        assertThat(db.query(Everything.class).where(Everything_.dateTime.gt(LocalDateTime.parse("2024-02-29T23:59:59")))
                .one().id()).isEqualTo(out.id());
    }

    @DriverTest
    void emptyStringStaysEmptyAndIsNotNull(Toasty db) {
        Everything out = roundTrip(db, withText(Everything.empty(), ""));
        roundTrip(db, Everything.empty());
        assertThat(out.text()).isNotNull().isEmpty();
        assertThat(db.query(Everything.class).where(Everything_.text.eq("")).one().id()).isEqualTo(out.id());
        assertThat(db.query(Everything.class).where(Everything_.text.isNull()).count()).isEqualTo(1);
    }

    @DriverTest
    void tenThousandCharacterString(Toasty db) {
        StringBuilder text = new StringBuilder(10_000);
        for (int i = 0; text.length() < 10_000; i++) {
            text.append((char) ('a' + i % 26));
            if (i % 100 == 99) {
                text.append('é');
            }
        }
        String value = text.substring(0, 10_000);
        Everything out = roundTrip(db, withText(Everything.empty(), value));
        assertThat(out.text()).hasSize(10_000).isEqualTo(value);
        assertThat(db.query(Everything.class).where(Everything_.text.eq(value)).one().id()).isEqualTo(out.id());
    }

    @DriverTest
    void quotesAndSqlInTextAreStoredVerbatim(Toasty db) {
        String nasty = "Robert'); DROP TABLE everythings; -- \"x\" ' OR 1=1 -- ;; '' \\' `back`";
        Everything out = roundTrip(db, withText(Everything.empty(), nasty));
        roundTrip(db, withText(Everything.empty(), "other"));
        assertThat(out.text()).isEqualTo(nasty);
        assertThat(db.query(Everything.class).where(Everything_.text.eq(nasty)).one().id()).isEqualTo(out.id());
        assertThat(db.query(Everything.class).where(Everything_.text.eq("' OR 1=1 --")).count()).isZero();
        assertThat(db.query(Everything.class).where(Everything_.text.contains("' OR 1=1 --")).count()).isEqualTo(1);
        assertThat(db.query(Everything.class).count()).isEqualTo(2);
    }

    @DriverTest
    void everyByteValueRoundTrips(Toasty db) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        Everything out = roundTrip(db, withBytes(Everything.empty(), all));
        roundTrip(db, withBytes(Everything.empty(), new byte[]{0, 1, 2}));
        assertThat(out.bytes()).containsExactly(all);
        assertThat(db.query(Everything.class).where(Everything_.bytes.eq(all.clone())).one().id()).isEqualTo(out.id());
    }

    @DriverTest
    void emptyByteArrayStaysEmpty(Toasty db) {
        Everything out = roundTrip(db, withBytes(Everything.empty(), new byte[0]));
        assertThat(out.bytes()).isNotNull().isEmpty();
        assertThat(db.query(Everything.class).where(Everything_.bytes.isNotNull()).count()).isEqualTo(1);
    }

    @DriverTest
    void updateWritesEveryTypeBack(Toasty db) {
        Everything saved = db.insert(Everything.empty());
        Everything changed = full();
        db.update(new Everything(saved.id(), changed.text(), changed.flag(), changed.flagP(), changed.b(), changed.bP(),
                changed.s(), changed.sP(), changed.i(), changed.iP(), changed.l(), changed.lP(), changed.f(), changed.fP(),
                changed.d(), changed.dP(), changed.dec(), changed.uuid(), changed.bytes(), changed.instant(),
                changed.date(), changed.dateTime()));
        Everything out = db.get(Everything.class, saved.id());
        assertThat(out.i()).isEqualTo(123_456);
        assertThat(out.flag()).isTrue();
        assertThat(out.dec()).isEqualByComparingTo(changed.dec());
        assertThat(out.bytes()).containsExactly(changed.bytes());
        assertThat(out.instant()).isEqualTo(INSTANT);
        assertThat(out.dateTime()).isEqualTo(DATE_TIME);
        db.update(withBytes(withText(out, null), null));
        Everything cleared = db.get(Everything.class, saved.id());
        assertThat(cleared.text()).isNull();
        assertThat(cleared.bytes()).isNull();
    }

    private static Everything decimal(BigDecimal dec) {
        Everything e = Everything.empty();
        return new Everything(null, null, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), dec, e.uuid(), e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static Everything uuid(UUID uuid) {
        Everything e = Everything.empty();
        return new Everything(null, null, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), uuid, e.bytes(), e.instant(), e.date(), e.dateTime());
    }
}
