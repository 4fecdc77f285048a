package dev.toasty.demo;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;
import dev.toasty.spring.boot.ToastyBuilderCustomizer;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the demo on a random port over an in-memory SQLite database and calls its REST API and the actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "toasty.url=sqlite::memory:")
class DemoApplicationTest {

    /** Counts the statements Toasty runs. */
    static final class StatementCounter implements StatementListener {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void onStatement(StatementEvent event) {
            count.incrementAndGet();
        }

        int reset() {
            return count.getAndSet(0);
        }
    }

    @TestConfiguration
    static class CountStatements {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        ToastyBuilderCustomizer countStatements(StatementCounter counter) {
            return builder -> builder.listener(counter);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter statements;

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
        assertThat(post("/posts", Map.of("authorId", ada, "title", "Tagged", "body", "With tags.", "published", false,
                "tags", List.of("spring", "news")))).isEqualTo(201);
        assertThat(post("/posts", Map.of("authorId", 999, "title", "x", "body", "y", "published", true))).isEqualTo(400);

        JsonNode page = get("/posts");
        assertThat(page.get("items").findValuesAsString("title"))
                .containsExactly("Third post", "Including relations", "Derived queries", "Hello from Toasty");
        assertThat(get("/users/" + ada + "/posts?size=2").get("content").size()).isEqualTo(2);
        assertThat(get("/posts/search?q=DERIVED").findValuesAsString("title")).containsExactly("Derived queries");
        assertThat(get("/posts/search?q=STARTUP").findValuesAsString("title")).as("a word of the body only")
                .containsExactly("Derived queries");
        assertThat(client().get().uri("/posts/12345").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        assertThat(get("/tags")).extracting(JsonNode::asString).containsExactly("news", "spring", "sqlite", "toasty");

        JsonNode toasty = get("/actuator/toasty");
        assertThat(toasty.toString()).contains("Post").contains("p95").doesNotContain("cy@example.com");
        assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void listingsCarryTheirRelations() {
        JsonNode hello = find(get("/posts").get("items"), "Hello from Toasty");
        assertThat(hello.get("author").get("name").asString()).isEqualTo("Ada");
        assertThat(hello.get("comments").findValuesAsString("author")).containsExactly("Bob", "Ada");
        assertThat(hello.get("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder("toasty", "sqlite");

        JsonNode one = get("/posts/" + hello.get("id").asLong());
        assertThat(one.get("comments").findValuesAsString("body")).containsExactlyInAnyOrder("Welcome!", "Thanks, Bob.");

        long ada = hello.get("author").get("id").asLong();
        assertThat(get("/users/" + ada).get("posts").findValuesAsString("title")).contains("Hello from Toasty", "Derived queries");
        assertThat(get("/users").get(0).has("posts")).as("a listing without include leaves the relation out").isFalse();
        assertThat(get("/tags/toasty/posts").findValuesAsString("title"))
                .containsSubsequence("Including relations", "Derived queries", "Hello from Toasty");
    }

    @Test
    void thePostListingRunsTheSameStatementsWhateverThePageSize() {
        statements.reset();
        JsonNode small = get("/posts?size=2");
        int forTwo = statements.reset();
        JsonNode large = get("/posts?size=10");
        int forTen = statements.reset();
        assertThat(small.get("items").size()).isEqualTo(2);
        assertThat(large.get("items").size()).isGreaterThan(2);
        // posts, their authors, comments, the comments' authors, tags (a level with no records to load is skipped;
        // the newest posts have comments in both pages)
        assertThat(forTwo).isEqualTo(forTen).isEqualTo(5);
    }

    private static JsonNode find(JsonNode items, String title) {
        for (JsonNode item : items) {
            if (item.get("title").asString().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("No post '" + title + "' in " + items);
    }
}
