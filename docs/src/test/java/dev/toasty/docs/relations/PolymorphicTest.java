package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.docs.relations.polymorphic.Employee;
import dev.toasty.docs.relations.polymorphic.Picture;
import dev.toasty.docs.relations.polymorphic.Picture_;
import dev.toasty.docs.relations.polymorphic.Product;
import dev.toasty.docs.relations.polymorphic.Product_;
import dev.toasty.relation.BelongsTo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/relations/polymorphic.md, run as written there. */
class PolymorphicTest {

    @Test
    void picturesOfEmployeesAndProducts() {
        Statements statements = new Statements();
        try (Toasty db = Toasty.builder().models(Employee.class, Product.class, Picture.class).url("sqlite::memory:")
                .listener(statements).build()) {
            db.pushSchema();
            assertThat(statements.ddl()).contains("CREATE INDEX IF NOT EXISTS `ix_pictures_imageable_id_imageable_type` "
                    + "ON `pictures` (`imageable_id`, `imageable_type`)");
            assertThat(statements.ddl()).noneMatch(ddl -> ddl.contains("pictures") && ddl.contains("FOREIGN KEY"));

            Employee ada = db.insert(Employee.named("Ada"));
            Product mug = db.insert(Product.sku("MUG-1"));
            db.insertAll(List.of(Picture.of(ada, "ada.png"), Picture.of(mug, "mug-front.png"), Picture.of(mug, "mug-back.png")));
            Picture first = db.get(Picture.class, 1L);
            String type = first.imageableType();  // "Employee"
            Long key = first.imageableId();       // ada.id()

            assertThat(type).isEqualTo("Employee");
            assertThat(key).isEqualTo(ada.id());
            statements.clear();

            List<Picture> pictures = db.query(Picture.class).include(Picture_.imageable).orderBy(Picture_.id.asc()).list();
            List<String> captions = new ArrayList<>();
            for (Picture picture : pictures) {
                captions.add(switch (picture.imageable().get()) {
                    case Employee e -> "portrait of " + e.name();
                    case Product p -> "product " + p.sku();
                });
            }

            assertThat(captions).containsExactly("portrait of Ada", "product MUG-1", "product MUG-1");
            assertThat(statements.sql()).hasSize(3);

            Product withPictures = db.query(Product.class).where(Product_.sku.eq("MUG-1")).include(Product_.pictures).one();
            int count = withPictures.pictures().size();  // 2
            List<Picture> ofProducts = db.query(Picture.class).where(Picture_.imageable.isA(Product.class)).list();

            assertThat(count).isEqualTo(2);
            assertThat(ofProducts).extracting(Picture::url).containsExactly("mug-front.png", "mug-back.png");
            assertThat(statements.sql()).contains("SELECT `id`, `url`, `imageable_type`, `imageable_id` FROM `pictures` "
                    + "WHERE `imageable_id` IN (?) AND `imageable_type` = ? ORDER BY `id`");

            assertThatThrownBy(() -> db.query(Picture.class).where(Picture_.imageable.any()).list())
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessage("Toasty does not support filtering across the polymorphic relation Picture.imageable: "
                            + "filter by its type with isA(...), or query the target model");

            db.delete(mug);  // CASCADE: the engine deletes the mug's two pictures first
            assertThat(db.query(Picture.class).list()).extracting(Picture::url).containsExactly("ada.png");
        }
    }

    @Test
    void theDatabaseDoesNotCheckAPolymorphicKey() {
        try (Toasty db = Toasty.builder().models(Employee.class, Product.class, Picture.class).url("sqlite::memory:").build()) {
            db.pushSchema();
            Picture dangling = db.insert(new Picture(null, "lost.png", "Product", 999L, BelongsTo.unloaded()));
            Picture loaded = db.query(Picture.class).where(Picture_.id.eq(dangling.id())).include(Picture_.imageable).one();
            assertThat(loaded.imageable().get()).isNull();
        }
    }
}
