package dev.toasty.sample.petclinic;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API through MockMvc, on the whole application and its database (no server, no mocks). */
@SpringBootTest(properties = "toasty.url=${PETCLINIC_TEST_URL:sqlite::memory:}")
@AutoConfigureMockMvc
class ClinicControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OwnerRepository owners;

    @Autowired
    PetTypeRepository types;

    @AfterEach
    void deleteOwnersAndTypes() {
        owners.deleteAll();
        types.deleteAll();
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static long id(MvcTestResult result) throws Exception {
        return JsonPath.<Number>read(result.getResponse().getContentAsString(), "$.id").longValue();
    }

    @Test
    void anOwnerGetsAPetAndThePetAVisit() throws Exception {
        MvcTestResult owner = post("/owners", """
                {"firstName": "Maria", "lastName": "Escobito", "address": "345 Maple St.", "city": "Madison", "telephone": "6085557683"}
                """);
        assertThat(owner).hasStatus(HttpStatus.CREATED);
        long ownerId = id(owner);

        MvcTestResult pet = post("/owners/" + ownerId + "/pets", """
                {"name": "Mulligan", "birthDate": "2007-02-24", "type": "dog"}
                """);
        assertThat(pet).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.type").isEqualTo("dog");
        long petId = id(pet);

        assertThat(post("/owners/" + ownerId + "/pets/" + petId + "/visits", """
                {"date": "2013-01-04", "description": "spayed"}
                """)).hasStatus(HttpStatus.CREATED);

        assertThat(mvc.get().uri("/owners/" + ownerId)).hasStatusOk().bodyJson()
                .extractingPath("$.pets[0].visits[0].date").isEqualTo("2013-01-04");
        assertThat(mvc.get().uri("/owners?lastName=Esco")).hasStatusOk().bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void aSecondPetOfTheSameNameIsAConflict() throws Exception {
        long ownerId = id(post("/owners", """
                {"firstName": "David", "lastName": "Schroeder", "address": "2749 Blackhawk Trail", "city": "Madison", "telephone": "6085559435"}
                """));
        String freddy = """
                {"name": "Freddy", "birthDate": "2010-03-09", "type": "bird"}
                """;

        assertThat(post("/owners/" + ownerId + "/pets", freddy)).hasStatus(HttpStatus.CREATED);
        assertThat(post("/owners/" + ownerId + "/pets", freddy)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anUnknownOwnerIsNotFound() {
        assertThat(mvc.get().uri("/owners/999999")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theVetsAreSeededWithTheirSpecialties() {
        assertThat(mvc.get().uri("/vets")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.lastName == 'Douglas')].specialties[*]").asArray()
                .containsExactlyInAnyOrder("surgery", "dentistry");
    }
}
