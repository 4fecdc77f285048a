package dev.toasty.jackson;

import dev.toasty.jackson.pets.Licence;
import dev.toasty.jackson.pets.Owner;
import dev.toasty.jackson.pets.Owner_;
import dev.toasty.jackson.pets.Pet;
import dev.toasty.jackson.pets.Pet_;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.toasty.jackson.PetShop.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records read from JSON, then saved: what the JSON holds is written, what it leaves out is kept. The pets relation
 * removes orphans, so a left-out list read as empty would delete them.
 */
class SavingTest {

    private final PetShop shop = new PetShop();

    @AfterEach
    void close() {
        shop.close();
    }

    private Owner read(String singleQuoted) {
        return shop.json.readValue(q(singleQuoted), Owner.class);
    }

    private long pets() {
        return shop.db.query(Pet.class).count();
    }

    @Test
    void anInsertWritesThePetsAndTheLicenceOfTheJson() {
        Owner ann = shop.db.insert(read("{'name':'Ann','notes':'x','pets':[{'name':'Rex'},{'name':'Tom'}],'licence':{'number':'L-1'}}"));

        assertThat(shop.db.query(Pet.class).where(Pet_.ownerId.eq(ann.id())).count()).isEqualTo(2);
        assertThat(shop.db.query(Licence.class).one().ownerId()).isEqualTo(ann.id());
    }

    @Test
    void anUpdateWritesNewAndChangedPets() {
        Owner ann = shop.ann();
        Long rex = ann.pets().get().get(0).id();

        shop.db.update(read("{'id':" + ann.id() + ",'name':'Ann','pets':[{'id':" + rex + ",'name':'Rex II'},{'name':'Kit'}]}"));

        assertThat(shop.db.query(Pet.class).where(Pet_.ownerId.eq(ann.id())).orderBy(Pet_.name.asc()).list())
                .extracting(Pet::name).containsExactly("Kit", "Rex II");
        assertThat(pets()).as("Tom, no longer in the list, was removed as an orphan").isEqualTo(2);
    }

    @Test
    void anUpdateLeavesWhatTheJsonLeftOutAsItIs() {
        Owner ann = shop.ann();

        shop.db.update(read("{'id':" + ann.id() + ",'name':'Ann B.'}"));

        Owner stored = shop.db.query(Owner.class).include(Owner_.pets, Owner_.licence).include(Owner_.notes).one();
        assertThat(stored.name()).isEqualTo("Ann B.");
        assertThat(stored.pets().get()).extracting(Pet::name).containsExactly("Rex", "Tom");
        assertThat(pets()).isEqualTo(2);
        assertThat(stored.licence().get().number()).isEqualTo("L-1");
        assertThat(stored.notes().get()).isEqualTo("feeds at six");
    }

    @Test
    void anEmptyArrayAndANullAreLoadedAndEmpty() {
        Owner ann = shop.ann();

        shop.db.update(read("{'id':" + ann.id() + ",'name':'Ann','pets':[],'licence':null,'notes':null}"));

        Owner stored = shop.db.query(Owner.class).include(Owner_.licence).include(Owner_.notes).one();
        assertThat(pets()).as("orphans removed").isZero();
        assertThat(stored.licence().find()).isEmpty();
        assertThat(stored.notes().get()).isNull();
    }

    @Test
    void aRecordReadAndWrittenBackThroughJsonSavesUnchanged() {
        shop.ann();
        Owner bare = shop.db.query(Owner.class).one();

        shop.db.update(shop.json.readValue(shop.json.writeValueAsString(bare), Owner.class));

        assertThat(pets()).isEqualTo(2);
        assertThat(shop.db.query(Licence.class).count()).isEqualTo(1);
    }
}
