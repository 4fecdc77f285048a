package dev.toasty.spring.boot.web;

import dev.toasty.Toasty;
import dev.toasty.relation.HasMany;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Records through Spring MVC and Boot's {@code JsonMapper}, with the module the starter registers: included pets
 * are written as an array, unloaded ones left out, and a posted owner's pets are stored with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"toasty.url=sqlite::memory:", "toasty.schema=create-drop"})
@AutoConfigureMockMvc
class JsonRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Toasty db;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void empty() {
        db.delete(Pet.class).all().execute();
        db.delete(Owner.class).all().execute();
    }

    private JsonNode call(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static RequestBuilder withBody(MockHttpServletRequestBuilder request, String singleQuoted) {
        return request.contentType(MediaType.APPLICATION_JSON).content(singleQuoted.replace('\'', '"'));
    }

    @Test
    void aPostedOwnerIsStoredWithItsPets() throws Exception {
        JsonNode created = call(withBody(post("/owners"), "{'name':'Ann','pets':[{'name':'Rex'},{'name':'Tom'}]}"));

        long id = created.get("id").asLong();
        assertThat(created.get("pets").size()).isEqualTo(2);
        assertThat(created.get("pets").get(0).get("ownerId").asLong()).isEqualTo(id);
        assertThat(db.query(Pet.class).list()).extracting(Pet::name).containsExactlyInAnyOrder("Rex", "Tom");
        assertThat(db.query(Pet.class).list()).extracting(Pet::ownerId).containsOnly(id);
    }

    @Test
    void includedPetsAreAnArrayAndUnloadedOnesAreLeftOut() throws Exception {
        Owner ann = db.insert(new Owner(null, "Ann", HasMany.of(Pet.of("Rex"))));

        JsonNode withPets = call(get("/owners/{id}?pets=true", ann.id()));
        JsonNode without = call(get("/owners/{id}", ann.id()));

        assertThat(withPets.get("pets").isArray()).isTrue();
        assertThat(withPets.get("pets").get(0).get("name").asString()).isEqualTo("Rex");
        assertThat(withPets.get("pets").get(0).has("owner")).isFalse();
        assertThat(without.propertyNames()).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void aPutWithoutPetsKeepsThemAndAPutWithPetsAddsTheNewOnes() throws Exception {
        Owner ann = db.insert(new Owner(null, "Ann", HasMany.of(Pet.of("Rex"))));

        call(withBody(put("/owners"), "{'id':" + ann.id() + ",'name':'Ann B.'}"));
        assertThat(db.query(Pet.class).count()).isEqualTo(1);

        Long rex = ann.pets().get().get(0).id();
        call(withBody(put("/owners"), "{'id':" + ann.id() + ",'name':'Ann B.','pets':[{'id':" + rex + ",'name':'Rex'},{'name':'Kit'}]}"));
        assertThat(db.query(Pet.class).list()).extracting(Pet::name).containsExactlyInAnyOrder("Rex", "Kit");
        assertThat(db.query(Owner.class).one().name()).isEqualTo("Ann B.");
    }
}
