package dev.toasty.docs.types;

import dev.toasty.Toasty;
import dev.toasty.docs.types.embedded.Address;
import dev.toasty.docs.types.embedded.Geo;
import dev.toasty.docs.types.embedded.Shipment;
import dev.toasty.docs.types.embedded.Shipment_;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/types/embedded.md, run as written there. */
class EmbeddedTest {

    @Test
    void embeddedRecordsAreColumnsOfTheirModel() {
        try (Toasty db = Toasty.builder().models(Shipment.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Address lyon = new Address("12 rue Mercière", "Lyon", "69002", new Geo(45.76, 4.83));
            Shipment books = db.insert(new Shipment(null, "books", lyon));
            Shipment wine = db.insert(new Shipment(null, "wine", new Address("1 quai Rauba Capeu", "Nice", "06300", new Geo(43.69, 7.28))));
            Shipment cheese = db.insert(new Shipment(null, "cheese", new Address("5 rue Montorgueil", "Paris", "75002", null)));
            Shipment pickup = db.insert(new Shipment(null, "pickup", null));

            List<Shipment> raw = db.sql("SELECT * FROM shipments WHERE address_city = 'Lyon' AND address_geo_lat > 45")
                    .list(Shipment.class);                       // books

            assertThat(raw).containsExactly(books);
            assertThat(db.get(Shipment.class, books.id())).isEqualTo(books);
            assertThat(db.get(Shipment.class, cheese.id()).address().geo()).isNull();
            assertThat(db.get(Shipment.class, pickup.id()).address()).isNull();
            assertThat(db.sql("SELECT * FROM shipments WHERE address_postcode = '06300'").list(Shipment.class))
                    .containsExactly(wine);

            List<Shipment> toLyon = db.query(Shipment.class).where(Shipment_.address.city.eq("Lyon")).list();
            List<Shipment> south = db.query(Shipment.class).where(Shipment_.address.geo.lat.lt(45.0)).list();
            List<Shipment> byCity = db.query(Shipment.class).where(Shipment_.address.isNotNull())
                    .orderBy(Shipment_.address.city.asc()).list();
            List<Shipment> noAddress = db.query(Shipment.class).where(Shipment_.address.isNull()).list();
            List<Shipment> sameAddress = db.query(Shipment.class).where(Shipment_.address.eq(lyon)).list();

            assertThat(toLyon).containsExactly(books);
            assertThat(south).containsExactly(wine);
            assertThat(byCity).containsExactly(books, wine, cheese);
            assertThat(noAddress).containsExactly(pickup);
            assertThat(sameAddress).containsExactly(books);
            assertThat(db.query(Shipment.class).where(Shipment_.address.ne(lyon)).list()).containsExactlyInAnyOrder(wine, cheese);
            assertThat(db.query(Shipment.class).where(Shipment_.address.geo.isNull()).list())
                    .containsExactlyInAnyOrder(cheese, pickup);

            Shipment blank = db.insert(new Shipment(null, "blank", new Address(null, null, null, null)));
            Address back = db.get(Shipment.class, blank.id()).address();    // null: every column was null

            assertThat(back).isNull();
        }
    }
}
