package dev.toasty.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.toasty.Deferred;
import dev.toasty.jackson.pets.Owner;
import dev.toasty.jackson.pets.Owner_;
import dev.toasty.jackson.pets.Pet;
import dev.toasty.jackson.pets.Pet_;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.toasty.jackson.PetShop.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records read by Toasty, written as JSON: loaded wrappers as their values, unloaded ones left out. */
class WritingTest {

    private final PetShop shop = new PetShop();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void aLoadedHasManyIsTheArrayOfItsRecords() {
        Long id = shop.ann().id();
        Owner ann = shop.db.query(Owner.class).include(Owner_.pets).one();

        JsonNode pets = shop.tree(ann).get("pets");

        assertThat(pets.isArray()).isTrue();
        assertThat(pets.size()).isEqualTo(2);
        assertThat(pets.get(0).get("name").asString()).isEqualTo("Rex");
        assertThat(pets.get(1).get("ownerId").asLong()).isEqualTo(id);
        assertThat(pets.get(0).has("owner")).as("the pet's belongs-to was not loaded").isFalse();
    }

    @Test
    void unloadedRelationsAndDeferredFieldsAreLeftOut() {
        Long id = shop.ann().id();
        Owner ann = shop.db.query(Owner.class).one();

        assertThat(shop.tree(ann)).isEqualTo(shop.json.readTree(q("{'id':" + id + ",'name':'Ann'}")));
    }

    @Test
    void everythingLoadedIsWritten() {
        Long id = shop.ann().id();
        Owner ann = shop.db.query(Owner.class).include(Owner_.pets, Owner_.licence).include(Owner_.notes).one();

        JsonNode written = shop.tree(ann);

        assertThat(written.get("notes").asString()).isEqualTo("feeds at six");
        assertThat(written.get("licence").get("number").asString()).isEqualTo("L-1");
        assertThat(written.get("licence").get("ownerId").asLong()).isEqualTo(id);
        assertThat(written.get("pets").size()).isEqualTo(2);
    }

    @Test
    void loadedAndEmptyIsAnEmptyArrayOrNull() {
        shop.db.insert(new Owner(null, "Bob", Deferred.of(null), HasMany.of(), HasOne.unloaded()));
        Owner bob = shop.db.query(Owner.class).include(Owner_.pets, Owner_.licence).include(Owner_.notes).one();

        JsonNode written = shop.tree(bob);

        assertThat(written.get("pets").isArray()).isTrue();
        assertThat(written.get("pets").size()).isZero();
        assertThat(written.has("licence")).isTrue();
        assertThat(written.get("licence").isNull()).as("loaded: Bob has no licence").isTrue();
        assertThat(written.get("notes").isNull()).isTrue();
    }

    @Test
    void aBelongsToIsItsTargetNullOrLeftOutWhileItsForeignKeyIsAlwaysWritten() {
        Long id = shop.ann().id();
        shop.db.insert(Pet.of("Stray"));

        JsonNode rex = shop.tree(shop.db.query(Pet.class).where(Pet_.name.eq("Rex")).include(Pet_.owner).one());
        JsonNode stray = shop.tree(shop.db.query(Pet.class).where(Pet_.name.eq("Stray")).include(Pet_.owner).one());
        JsonNode unloaded = shop.tree(shop.db.query(Pet.class).where(Pet_.name.eq("Rex")).one());

        assertThat(rex.get("owner").get("name").asString()).isEqualTo("Ann");
        assertThat(rex.get("owner").has("pets")).isFalse();
        assertThat(stray.get("owner").isNull()).isTrue();
        assertThat(unloaded.has("owner")).isFalse();
        assertThat(unloaded.get("ownerId").asLong()).isEqualTo(id);
    }

    @Test
    void unloadedPropertiesAreLeftOutEvenWhenTheMapperIncludesEverything() {
        shop.ann();
        JsonMapper always = JsonMapper.builder().addModule(new ToastyModule())
                .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
                .build();

        JsonNode written = always.readTree(always.writeValueAsString(shop.db.query(Owner.class).one()));

        assertThat(written.propertyNames()).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void anUnloadedWrapperThatCannotBeLeftOutFailsNamingTheInclude() {
        Owner ann = shop.ann();
        Owner read = shop.db.query(Owner.class).one();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pets", read.pets());

        assertThatThrownBy(() -> shop.json.writeValueAsString(map))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("Owner.pets was not loaded: add .include(Owner_.pets)");
        assertThat(shop.json.writeValueAsString(Map.of("pets", ann.pets()))).contains("Rex");
    }

    @Test
    void anUnloadedWrapperCountsAsEmptyForInclusion() {
        shop.ann();
        Owner read = shop.db.query(Owner.class).one();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", read.name());
        map.put("pets", read.pets());
        JsonMapper nonEmpty = JsonMapper.builder().addModule(new ToastyModule())
                .changeDefaultPropertyInclusion(i -> i.withContentInclusion(JsonInclude.Include.NON_EMPTY))
                .build();

        assertThat(nonEmpty.writeValueAsString(map)).isEqualTo(q("{'name':'Ann'}"));
    }
}
