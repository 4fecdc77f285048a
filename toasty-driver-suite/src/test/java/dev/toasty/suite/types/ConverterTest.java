package dev.toasty.suite.types;

import dev.toasty.driver.Feature;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.types.Invoice;
import dev.toasty.suite.models.types.Invoice_;
import dev.toasty.suite.models.types.Money;
import dev.toasty.suite.models.types.Slug;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User-written converters: {@link Money}, which Toasty does not know, stored as an embedded record of two
 * columns, and a {@link Slug} stored as text. Values round-trip, and filters convert their arguments the
 * same way, on every backend.
 */
class ConverterTest {

    private static final Money TEN_EUR = Money.of("10.50", "EUR");
    private static final Money TEN_USD = Money.of("10.50", "USD");
    private static final Money BIG_EUR = Money.of("99999999.99", "EUR");

    private static void seed(Toasty db) {
        db.insertAll(List.of(Invoice.of("i1", TEN_EUR, Slug.of("first")), Invoice.of("i2", TEN_USD, Slug.of("second")),
                Invoice.of("i3", BIG_EUR, Slug.of("third")), Invoice.of("i4", null, null)));
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> labels(Toasty db, Filter<Invoice> filter) {
        return db.query(Invoice.class).where(filter).list().stream().map(Invoice::label).sorted().toList();
    }

    @DriverTest
    void convertedValuesRoundTrip(Toasty db) {
        seed(db);
        List<Invoice> rows = db.query(Invoice.class).list().stream().sorted((a, b) -> a.label().compareTo(b.label())).toList();
        assertThat(rows).extracting(Invoice::total).containsExactly(TEN_EUR, TEN_USD, BIG_EUR, null);
        assertThat(rows).extracting(Invoice::slug).containsExactly(Slug.of("first"), Slug.of("second"), Slug.of("third"), null);
        Invoice negative = db.insert(Invoice.of("neg", Money.of("-0.01", "JPY"), Slug.of("a-b-c")));
        assertThat(db.get(Invoice.class, negative.id())).isEqualTo(negative);
    }

    @DriverTest
    void filtersOnAConverterToAnEmbeddedRecordCompareEveryPart(Toasty db) {
        seed(db);
        assertThat(labels(db, Invoice_.total.eq(TEN_EUR))).containsExactly("i1");
        assertThat(labels(db, Invoice_.total.eq(Money.of("10.5", "EUR")))).containsExactly("i1");
        assertThat(labels(db, Invoice_.total.eq(Money.of("10.50", "GBP")))).isEmpty();
        assertThat(labels(db, Invoice_.total.eq(Money.of("10.49", "EUR")))).isEmpty();
        assertThat(labels(db, Invoice_.total.isNull())).containsExactly("i4");
        assertThat(labels(db, Invoice_.total.isNotNull())).containsExactly("i1", "i2", "i3");
    }

    @DriverTest
    void filtersOnAConverterToAScalar(Toasty db) {
        seed(db);
        assertThat(labels(db, Invoice_.slug.eq(Slug.of("second")))).containsExactly("i2");
        assertThat(labels(db, Invoice_.slug.in(Slug.of("first"), Slug.of("third"), Slug.of("missing")))).containsExactly("i1", "i3");
        assertThat(labels(db, Invoice_.slug.in(List.of()))).isEmpty();
        assertThat(labels(db, Invoice_.slug.notIn(Slug.of("first")))).containsExactly("i2", "i3");
        assertThat(labels(db, Invoice_.slug.ne(Slug.of("first")))).containsExactly("i2", "i3");
        assertThat(labels(db, Invoice_.slug.isNull())).containsExactly("i4");
    }

    /** The stored form is the converter's: two columns named after the field, and the slug's text. */
    @DriverTest
    void theStoredFormIsTheConvertersOutput(Toasty db, Backend backend) {
        seed(db);
        if (backend.capability().has(Feature.NATIVE_SQL)) {
            assertThat(db.sql("select * from " + Invoice_.TABLE + " where total_currency = 'USD' and slug = 'second'")
                    .list(Invoice.class)).extracting(Invoice::total).containsExactly(TEN_USD);
        }
        Invoice i1 = db.query(Invoice.class).where(Invoice_.slug.eq(Slug.of("first"))).one();
        db.update(new Invoice(i1.id(), "i1", Money.of("0.01", "CHF"), Slug.of("renamed")));
        assertThat(db.get(Invoice.class, i1.id())).isEqualTo(new Invoice(i1.id(), "i1", Money.of("0.01", "CHF"), Slug.of("renamed")));
        assertThat(labels(db, Invoice_.total.eq(Money.of("0.01", "CHF")))).containsExactly("i1");
        db.update(new Invoice(i1.id(), "i1", null, null));
        assertThat(db.get(Invoice.class, i1.id()).total()).isNull();
        assertThat(labels(db, Invoice_.slug.isNull())).containsExactly("i1", "i4");
    }
}
