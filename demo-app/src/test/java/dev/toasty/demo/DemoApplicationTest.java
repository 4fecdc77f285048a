package dev.toasty.demo;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the demo on a random port over an in-memory SQLite database and calls its REST API and the actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "toasty.url=sqlite::memory:")
class DemoApplicationTest {

    @LocalServerPort
    int port;

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    private JsonNode get(String path) {
        return client().get().uri(path).retrieve().body(JsonNode.class);
    }

    private int post(String path, Map<String, Object> body) {
        return client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    @Test
    void theBlogApiWorksAndTheActuatorListsItsStatements() {
        assertThat(get("/users").size()).isEqualTo(2);
        assertThat(post("/users", Map.of("name", "Cy", "email", "cy@example.com"))).isEqualTo(201);
        assertThat(post("/users", Map.of("name", "Cy again", "email", "cy@example.com"))).isEqualTo(409);
        assertThat(get("/users?prefix=c").findValuesAsString("name")).containsExactly("Cy");

        long ada = get("/users?prefix=ada").get(0).get("id").asLong();
        assertThat(post("/posts", Map.of("authorId", ada, "title", "Third post", "body", "More.", "published", true)))
                .isEqualTo(201);
        assertThat(post("/posts", Map.of("authorId", 999, "title", "x", "body", "y", "published", true))).isEqualTo(400);

        JsonNode page = get("/posts");
        assertThat(page.get("items").findValuesAsString("title")).containsExactly("Third post", "Derived queries", "Hello from Toasty");
        assertThat(get("/users/" + ada + "/posts?size=2").get("content").size()).isEqualTo(2);
        assertThat(get("/posts/search?q=DERIVED").findValuesAsString("title")).containsExactly("Derived queries");
        assertThat(client().get().uri("/posts/12345").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);

        JsonNode toasty = get("/actuator/toasty");
        assertThat(toasty.toString()).contains("Post").contains("p95").doesNotContain("cy@example.com");
        assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
    }
}
