package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.ValidationException;
import dev.toasty.query.Filter;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.types.Typed;
import dev.toasty.suite.models.types.Typed_;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Edge values of the scalar types of {@link Typed}: every {@code char} code unit, decimals at and past
 * their declared precision and scale, NaN and the infinities where stored and refused elsewhere, negative
 * zero, long and supplementary-plane text, and null in every nullable field.
 */
class ScalarEdgesTest {

    private static Typed roundTrip(Toasty db, Typed t) {
        return db.get(Typed.class, db.insert(t).id());
    }

    @DriverTest
    void charEdgesRoundTrip(Toasty db) {
        char[] edges = {Character.MIN_VALUE, Character.MAX_VALUE, '\uD800', '\uDFFF', 'a', 'é', '中', '\uE000'};
        for (char c : edges) {
            Typed out = roundTrip(db, Typed.of("c").withLetters(c, c));
            assertThat((int) out.letterP()).as("char U+%04X", (int) c).isEqualTo((int) c);
            assertThat(out.letter()).as("Character U+%04X", (int) c).isEqualTo(c);
        }
        assertThat(db.query(Typed.class).where(Typed_.letter.eq('\uD800')).count()).isEqualTo(1);
        assertThat(db.query(Typed.class).where(Typed_.letterP.eq(Character.MIN_VALUE)).count()).isEqualTo(1);
    }

    private static void seedLetters(Toasty db) {
        for (char c : new char[]{'\uFFFF', 'a', '\uD800', 'A', '中', '\u0000', '\uE000', 'z'}) {
            db.insert(Typed.of(String.format("%04X", (int) c)).withLetters(c, c));
        }
        db.insert(Typed.of("null"));
    }

    /**
     * Code units compare as Java compares chars: a lone surrogate above CJK and below the private use area.
     * The labels are the code units in four hex digits, so sorting them sorts the code units.
     */
    @DriverTest
    void charRangesFollowTheCodeUnit(Toasty db) {
        seedLetters(db);
        assertThat(sorted(db, Typed_.letter.between('a', 'z'))).containsExactly("0061", "007A");
        assertThat(sorted(db, Typed_.letter.gt('中'))).containsExactly("D800", "E000", "FFFF");
        assertThat(sorted(db, Typed_.letter.ge('\uD800').and(Typed_.letter.lt('\uFFFF')))).containsExactly("D800", "E000");
        assertThat(sorted(db, Typed_.letterP.lt('A'))).containsExactly("0000");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void charOrderingFollowsTheCodeUnit(Toasty db) {
        seedLetters(db);
        assertThat(db.query(Typed.class).where(Typed_.letter.isNotNull()).orderBy(Typed_.letter.asc()).list())
                .extracting(Typed::label).containsExactly("0000", "0041", "0061", "007A", "4E2D", "D800", "E000", "FFFF");
        assertThat(db.query(Typed.class).where(Typed_.letter.isNotNull()).orderBy(Typed_.letterP.desc()).list())
                .extracting(Typed::label).containsExactly("FFFF", "E000", "D800", "4E2D", "007A", "0061", "0041", "0000");
    }

    @DriverTest
    void decimalsAtTheDeclaredPrecisionAndScaleRoundTrip(Toasty db) {
        for (String v : List.of("9999999999.99", "-9999999999.99", "0.01", "-0.01", "0", "1.5", "1.500", "-0.00", "42")) {
            Typed out = roundTrip(db, Typed.of(v).withAmount(new BigDecimal(v)));
            assertThat(out.amount()).as(v).isEqualByComparingTo(v);
            assertThat(out.amount().scale()).as("%s read back at the declared scale", v).isEqualTo(2);
        }
        assertThat(db.query(Typed.class).where(Typed_.amount.eq(new BigDecimal("9999999999.99"))).count()).isEqualTo(1);
        assertThat(db.query(Typed.class).where(Typed_.amount.eq(new BigDecimal("0.00"))).count()).isEqualTo(2);
    }

    /** A value that does not fit {@code @Decimal(precision = 12, scale = 2)} is refused, naming the field; nothing is written or rounded. */
    @DriverTest
    void aDecimalThatDoesNotFitIsRefusedNotRounded(Toasty db, Recorder recorder) {
        recorder.clear();
        for (String v : List.of("10000000000.00", "-10000000000", "1.005", "0.001", "123456789012")) {
            assertThatThrownBy(() -> db.insert(Typed.of(v).withAmount(new BigDecimal(v))))
                    .as(v).isInstanceOf(ValidationException.class).hasMessageContaining("amount");
        }
        Refusals.nothingRan(recorder);
        assertThat(db.query(Typed.class).count()).isZero();
        Typed saved = db.insert(Typed.of("ok").withAmount(new BigDecimal("1.00")));
        assertThatThrownBy(() -> db.update(saved.withAmount(new BigDecimal("0.125"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
        assertThat(db.get(Typed.class, saved.id()).amount()).isEqualByComparingTo("1.00");
    }

    @DriverTest
    @Requires("nanValues")
    void nanAndInfinitiesAreStoredWhereTheBackendCan(Toasty db) {
        Typed nan = roundTrip(db, Typed.of("nan").withFloats(Float.NaN, Double.NaN));
        Typed pos = roundTrip(db, Typed.of("pos").withFloats(Float.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        Typed neg = roundTrip(db, Typed.of("neg").withFloats(Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertThat(nan.f()).isNaN();
        assertThat(nan.d()).isNaN();
        assertThat(pos.f()).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(pos.d()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(neg.f()).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(neg.d()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(sorted(db, Typed_.d.gt(Double.MAX_VALUE))).containsExactly("nan", "pos");
        assertThat(sorted(db, Typed_.d.eq(Double.NEGATIVE_INFINITY))).containsExactly("neg");
    }

    @DriverTest
    @Requires(value = "nanValues", absent = true)
    void nanAndInfinitiesAreRefusedWhereTheBackendCannotStoreThem(Toasty db, Recorder recorder) {
        recorder.clear();
        List<Typed> bad = List.of(Typed.of("nan").withFloats(null, Double.NaN), Typed.of("fnan").withFloats(Float.NaN, null),
                Typed.of("pos").withFloats(null, Double.POSITIVE_INFINITY),
                Typed.of("neg").withFloats(Float.NEGATIVE_INFINITY, null));
        for (Typed t : bad) {
            assertThatThrownBy(() -> db.insert(t)).as(t.label()).isInstanceOf(ValidationException.class)
                    .hasMessageMatching("(?s).*(NaN|Infinity).*");
        }
        assertThatThrownBy(() -> db.insertAll(List.of(Typed.of("fine").withFloats(1f, 1d), bad.get(0))))
                .isInstanceOf(ValidationException.class);
        Refusals.nothingRan(recorder);
        assertThat(db.query(Typed.class).count()).isZero();
    }

    /**
     * PostgreSQL keeps the sign of zero; SQLite stores a REAL equal to an integer as that integer, MariaDB's
     * DOUBLE and FLOAT and DynamoDB's decimal numbers have no negative zero: there it comes back as 0.0.
     */
    @DriverTest
    void negativeZeroIsZeroEverywhereAndKeepsItsSignOnlyWhereDocumented(Toasty db, Backend backend) {
        Typed out = roundTrip(db, Typed.of("z").withFloats(-0.0f, -0.0));
        assertThat(out.d()).isNotNull();
        assertThat(out.d() == 0.0).isTrue();
        assertThat(out.f() == 0.0f).isTrue();
        long expected = Double.doubleToRawLongBits(backend.name().equals("postgresql") ? -0.0 : 0.0);
        assertThat(Double.doubleToRawLongBits(out.d())).isEqualTo(expected);
        assertThat(Float.floatToRawIntBits(out.f())).isEqualTo(Float.floatToRawIntBits((float) Double.longBitsToDouble(expected)));
        assertThat(db.query(Typed.class).where(Typed_.d.eq(0.0)).count()).isEqualTo(1);
    }

    @DriverTest
    void emptyLongAndSupplementaryTextRoundTrip(Toasty db) {
        String emoji = "😀 👩‍💻 𝄞 𠀋 — naïve";
        String longText = longText(100_000);
        Typed empty = roundTrip(db, Typed.of("empty").withText(""));
        Typed big = roundTrip(db, Typed.of("long").withText(longText));
        Typed uni = roundTrip(db, Typed.of("emoji").withText(emoji));
        assertThat(empty.text()).isNotNull().isEmpty();
        assertThat(big.text()).hasSize(100_000).isEqualTo(longText);
        assertThat(uni.text()).isEqualTo(emoji);
        assertThat(uni.text().codePointCount(0, uni.text().length())).isEqualTo(emoji.codePointCount(0, emoji.length()));
        assertThat(sorted(db, Typed_.text.eq(emoji))).containsExactly("emoji");
        assertThat(sorted(db, Typed_.text.contains("𝄞"))).containsExactly("emoji");
        assertThat(sorted(db, Typed_.text.eq(""))).containsExactly("empty");
        assertThat(sorted(db, Typed_.text.eq(longText))).containsExactly("long");
    }

    @DriverTest
    void nullInEveryNullableFieldComesBackNull(Toasty db) {
        Typed out = roundTrip(db, Typed.of(null));
        assertThat(out).isEqualTo(new Typed(out.id(), null, null, null, null, 'a', null, null, null, null, null, null, null));
        Typed full = db.insert(Typed.of("full").withLetters('x', 'y').withAmount(BigDecimal.TEN).withFloats(1f, 2d)
                .withText("t").withUuidAndBytes(UUID.randomUUID(), new byte[]{1}));
        Typed cleared = new Typed(full.id(), null, null, null, null, 'x', null, null, null, null, null, null, null);
        db.update(cleared);
        assertThat(db.get(Typed.class, full.id())).isEqualTo(cleared);
        assertThat(db.query(Typed.class).where(Typed_.amount.isNull()).where(Typed_.letter.isNull())
                .where(Typed_.bytes.isNull()).count()).isEqualTo(2);
    }

    private static String longText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; out.length() < length - 1; i++) {
            out.append(i % 97 == 0 ? "😀" : String.valueOf((char) ('a' + i % 26)));
        }
        while (out.length() < length) {
            out.append('z');
        }
        return out.toString();
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> sorted(Toasty db, Filter<Typed> filter) {
        return db.query(Typed.class).where(filter).list().stream().map(Typed::label).sorted().toList();
    }
}
