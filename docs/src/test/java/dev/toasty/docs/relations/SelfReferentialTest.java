package dev.toasty.docs.relations;

import dev.toasty.Toasty;
import dev.toasty.docs.relations.follow.Follow;
import dev.toasty.docs.relations.follow.Follow_;
import dev.toasty.docs.relations.follow.Person;
import dev.toasty.docs.relations.follow.Person_;
import dev.toasty.docs.relations.tree.Category;
import dev.toasty.docs.relations.tree.Category_;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/relations/self-referential.md, run as written there. */
class SelfReferentialTest {

    @Test
    void aTreeOfCategories() {
        try (Toasty db = Toasty.builder().models(Category.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Category books = db.insert(Category.of("Books", null));
            Category fiction = db.insert(Category.of("Fiction", books.id()));
            db.insert(Category.of("Poetry", books.id()));
            db.insert(Category.of("Crime", fiction.id()));

            Category root = db.query(Category.class).where(Category_.parentId.isNull())
                    .include(Category_.children.orderBy(Category_.name.asc()).then(Category_.children))
                    .one();
            List<Category> top = root.children().get();                     // Fiction, Poetry
            List<Category> underFiction = top.get(0).children().get();      // Crime
            boolean deeper = underFiction.get(0).children().isLoaded();     // false: two levels were asked for

            assertThat(top).extracting(Category::name).containsExactly("Fiction", "Poetry");
            assertThat(underFiction).extracting(Category::name).containsExactly("Crime");
            assertThat(deeper).isFalse();

            Category crime = db.query(Category.class).where(Category_.name.eq("Crime"))
                    .include(Category_.parent.then(Category_.parent))
                    .one();
            String grandparent = crime.parent().get().parent().get().name();  // "Books"

            assertThat(grandparent).isEqualTo("Books");

            List<Category> leaves = db.query(Category.class).where(Category_.children.none()).orderBy(Category_.name.asc()).list();
            List<Category> inFiction = db.query(Category.class)
                    .where(Category_.parent.then(Category_.name).eq("Fiction")).list();

            assertThat(leaves).extracting(Category::name).containsExactly("Crime", "Poetry");
            assertThat(inFiction).extracting(Category::name).containsExactly("Crime");
        }
    }

    @Test
    void aFollowerGraph() {
        try (Toasty db = Toasty.builder().models(Person.class, Follow.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Person ann = db.insert(Person.named("Ann"));
            Person bo = db.insert(Person.named("Bo"));
            Person cy = db.insert(Person.named("Cy"));
            db.insertAll(List.of(Follow.of(ann.id(), bo.id()), Follow.of(cy.id(), bo.id()), Follow.of(bo.id(), ann.id())));
            db.link(ann, Person_.followees, cy);  // inserts Follow(ann, cy)

            Person loaded = db.query(Person.class).where(Person_.name.eq("Bo"))
                    .include(Person_.followers.then(Follow_.follower), Person_.followees)
                    .one();
            List<String> followers = loaded.followers().stream().map(f -> f.follower().get().name()).toList();  // Ann, Cy
            List<String> follows = loaded.followees().stream().map(Person::name).toList();                      // Ann

            assertThat(followers).containsExactly("Ann", "Cy");
            assertThat(follows).containsExactly("Ann");

            List<Person> fansOfBo = db.query(Person.class).where(Person_.followees.any(Person_.name.eq("Bo"))).list();
            List<Person> popular = db.query(Person.class).where(Person_.followers.count().ge(2)).list();

            assertThat(fansOfBo).extracting(Person::name).containsExactlyInAnyOrder("Ann", "Cy");
            assertThat(popular).extracting(Person::name).containsExactly("Bo");
            assertThat(db.query(Follow.class).where(Follow_.followerId.eq(ann.id())).count()).isEqualTo(2);
        }
    }
}
