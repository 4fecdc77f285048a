package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.types.Address;
import dev.toasty.suite.models.types.Geo;
import dev.toasty.suite.models.types.Shipment;
import dev.toasty.suite.models.types.Shipment_;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded record holding another, flattened into prefixed columns: it round-trips (null as a whole, or
 * with a null inner record), and its inner fields filter and order like any field, on every backend.
 */
class EmbeddedTypesTest {

    private static final Address PARIS = new Address("1 Rue de Rivoli", "Paris", new Geo(48.8566, 2.3522));
    private static final Address LYON = new Address("2 Quai 😀", "Lyon", new Geo(45.764, 4.8357));
    private static final Address PARIS_NO_GEO = new Address("3 Rue du Bac", "Paris", null);

    private static void seed(Toasty db) {
        db.insertAll(List.of(Shipment.of("s1", PARIS), Shipment.of("s2", LYON), Shipment.of("s3", PARIS_NO_GEO),
                Shipment.of("s4", null)));
    }

    private static List<String> ordered(Toasty db, Filter<Shipment> filter, Order<Shipment> order) {
        return db.query(Shipment.class).where(filter).orderBy(order, Shipment_.label.asc()).list().stream()
                .map(Shipment::label).toList();
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> labels(Toasty db, Filter<Shipment> filter) {
        return db.query(Shipment.class).where(filter).list().stream().map(Shipment::label).sorted().toList();
    }

    @DriverTest
    void embeddedValuesRoundTripWholeOrNull(Toasty db) {
        seed(db);
        List<Shipment> rows = db.query(Shipment.class).list().stream().sorted(Comparator.comparing(Shipment::label)).toList();
        assertThat(rows).extracting(Shipment::address).containsExactly(PARIS, LYON, PARIS_NO_GEO, null);
        Shipment partial = db.insert(Shipment.of("partial", new Address(null, "Nice", new Geo(null, 7.26))));
        assertThat(db.get(Shipment.class, partial.id()).address()).isEqualTo(new Address(null, "Nice", new Geo(null, 7.26)));
    }

    /** A value whose every column is null cannot be told from a null value: it reads back as null, as documented. */
    @DriverTest
    void anAllNullValueReadsBackAsNull(Toasty db) {
        Shipment saved = db.insert(Shipment.of("blank", new Address(null, null, new Geo(null, null))));
        assertThat(db.get(Shipment.class, saved.id()).address()).isNull();
        Shipment innerBlank = db.insert(Shipment.of("inner", new Address("x", null, new Geo(null, null))));
        assertThat(db.get(Shipment.class, innerBlank.id()).address()).isEqualTo(new Address("x", null, null));
    }

    @DriverTest
    void innerFieldsFilter(Toasty db) {
        seed(db);
        assertThat(labels(db, Shipment_.address.city.eq("Paris"))).containsExactly("s1", "s3");
        assertThat(labels(db, Shipment_.address.street.startsWith("2 Quai"))).containsExactly("s2");
        assertThat(labels(db, Shipment_.address.geo.lat.gt(46.0))).containsExactly("s1");
        assertThat(labels(db, Shipment_.address.geo.lng.between(2.0, 5.0))).containsExactly("s1", "s2");
        assertThat(labels(db, Shipment_.address.city.ne("Paris"))).containsExactly("s2");
        assertThat(labels(db, Shipment_.address.eq(LYON))).containsExactly("s2");
    }

    @DriverTest
    void wholeAndInnerValuesTestForNull(Toasty db) {
        seed(db);
        assertThat(labels(db, Shipment_.address.isNull())).containsExactly("s4");
        assertThat(labels(db, Shipment_.address.isNotNull())).containsExactly("s1", "s2", "s3");
        assertThat(labels(db, Shipment_.address.geo.isNull())).containsExactly("s3", "s4");
        assertThat(labels(db, Shipment_.address.geo.isNotNull())).containsExactly("s1", "s2");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void innerFieldsOrder(Toasty db) {
        seed(db);
        assertThat(ordered(db, Shipment_.address.isNotNull(), Shipment_.address.city.asc())).containsExactly("s2", "s1", "s3");
        assertThat(ordered(db, Shipment_.address.geo.isNotNull(), Shipment_.address.geo.lat.desc()))
                .containsExactly("s1", "s2");
    }

    @DriverTest
    void updatesReplaceAndClearTheValue(Toasty db) {
        seed(db);
        Shipment s1 = db.query(Shipment.class).where(Shipment_.label.eq("s1")).one();
        db.update(new Shipment(s1.id(), "s1", new Address("9 Rue", "Marseille", null)));
        assertThat(db.get(Shipment.class, s1.id()).address()).isEqualTo(new Address("9 Rue", "Marseille", null));
        db.update(new Shipment(s1.id(), "s1", null));
        assertThat(db.get(Shipment.class, s1.id()).address()).isNull();
        assertThat(labels(db, Shipment_.address.isNull())).containsExactly("s1", "s4");
    }
}
