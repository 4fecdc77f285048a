package dev.toasty.jackson;

import dev.toasty.Deferred;
import dev.toasty.RelationNotLoadedException;
import dev.toasty.jackson.pets.Licence;
import dev.toasty.jackson.pets.Owner;
import dev.toasty.jackson.pets.Owner_;
import dev.toasty.jackson.pets.Pet;
import dev.toasty.jackson.pets.Pet_;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

import static dev.toasty.jackson.PetShop.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON read into records: arrays and objects into loaded wrappers, absent properties not loaded, null loaded and empty. */
class ReadingTest {

    private final PetShop shop = new PetShop();

    @AfterEach
    void close() {
        shop.close();
    }

    private <T> T read(String singleQuoted, Class<T> type) {
        return shop.json.readValue(q(singleQuoted), type);
    }

    @Test
    void anArrayIsALoadedHasManyHoldingItsRecords() {
        Owner ann = read("{'name':'Ann','pets':[{'name':'Rex'},{'id':7,'name':'Tom','ownerId':3}]}", Owner.class);

        assertThat(ann.pets().isLoaded()).isTrue();
        assertThat(ann.pets().get()).containsExactly(Pet.of("Rex"), new Pet(7L, "Tom", 3L, BelongsTo.unloaded()));
    }

    @Test
    void absentPropertiesAreNotLoaded() {
        Owner ann = read("{'name':'Ann'}", Owner.class);

        assertThat(ann.pets().isLoaded()).isFalse();
        assertThat(ann.licence().isLoaded()).isFalse();
        assertThat(ann.notes().isLoaded()).isFalse();
        assertThat(ann).isEqualTo(new Owner(null, "Ann", Deferred.unloaded(), HasMany.unloaded(), HasOne.unloaded()));
        assertThatThrownBy(() -> ann.pets().get()).isInstanceOf(RelationNotLoadedException.class);
    }

    @Test
    void nullIsLoadedAndEmptyExceptForAHasMany() {
        Owner ann = read("{'name':'Ann','notes':null,'licence':null,'pets':null}", Owner.class);
        Pet stray = read("{'name':'Stray','owner':null}", Pet.class);

        assertThat(ann.licence()).isEqualTo(HasOne.none());
        assertThat(ann.notes()).isEqualTo(Deferred.of(null));
        assertThat(ann.pets().isLoaded()).as("null for a list reads as left out").isFalse();
        assertThat(stray.owner()).isEqualTo(BelongsTo.of(null));
    }

    @Test
    void anObjectIsALoadedHasOneOrBelongsTo() {
        Owner ann = read("{'name':'Ann','notes':'feeds at six','licence':{'number':'L-1'}}", Owner.class);
        Pet rex = read("{'name':'Rex','ownerId':3,'owner':{'id':3,'name':'Ann'}}", Pet.class);

        assertThat(ann.licence().get()).isEqualTo(Licence.of("L-1"));
        assertThat(ann.notes().get()).isEqualTo("feeds at six");
        assertThat(rex.owner().get().id()).isEqualTo(3L);
        assertThat(rex.owner().get().pets().isLoaded()).isFalse();
    }

    @Test
    void aNullInsideTheArrayIsRefused() {
        assertThatThrownBy(() -> read("{'name':'Ann','pets':[null]}", Owner.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("A HasMany holds no nulls");
    }

    @Test
    void whatToastyReadComesBackEqualThroughJson() {
        shop.ann();
        shop.db.insert(Pet.of("Stray"));
        Owner full = shop.db.query(Owner.class).include(Owner_.pets, Owner_.licence).include(Owner_.notes).one();
        Owner bare = shop.db.query(Owner.class).one();
        Pet rex = shop.db.query(Pet.class).where(Pet_.name.eq("Rex")).include(Pet_.owner).one();
        Pet stray = shop.db.query(Pet.class).where(Pet_.name.eq("Stray")).include(Pet_.owner).one();

        for (Object record : new Object[]{full, bare, rex, stray}) {
            assertThat(shop.json.readValue(shop.json.writeValueAsString(record), record.getClass())).isEqualTo(record);
        }
    }
}
