package dev.toasty.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toasty.query.ArrayPath;
import dev.toasty.query.ComparablePath;
import dev.toasty.query.JsonPath;
import dev.toasty.query.Path;
import dev.toasty.query.StringPath;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enums, the further date-time types, arrays, JSON, converted and deferred fields get the paths the data-types
 * design gives them. Each test also compiles a class that assigns the generated constants to their full
 * path types, so a wrong type argument fails to compile, and requires the whole compilation to be warning-free.
 */
class TypeMetamodelTest {

    private static final String HEADER = "package com.acme;\n\nimport dev.toasty.annotation.*;\nimport dev.toasty.query.*;\n"
            + "import java.util.*;\nimport java.time.*;\n\n";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void enumsCharactersAndTimesGetTheirPaths() throws Exception {
        var result = compile(Map.of("com.acme.Event", """
                @Model
                public record Event(@Key long id, Status status, @Enumerated(EnumStorage.CODE) Level level, char grade,
                                    Character initial, Duration length, LocalTime startsAt, OffsetDateTime at,
                                    ZonedDateTime zoned) {
                }
                """, "com.acme.Status", """
                public enum Status { DRAFT, @EnumName("pub") PUBLISHED }
                """, "com.acme.Level", """
                public enum Level { @EnumCode(1) LOW, @EnumCode(2) HIGH }
                """, "com.acme.Queries", """
                final class Queries {
                    static final Path<Event, Status> STATUS = Event_.status;
                    static final Path<Event, Level> LEVEL = Event_.level;
                    static final ComparablePath<Event, Character> GRADE = Event_.grade;
                    static final ComparablePath<Event, Character> INITIAL = Event_.initial;
                    static final Object LONG = Event_.length.gt(Duration.ofHours(1));
                    static final Object MORNING = Event_.startsAt.lt(LocalTime.NOON);
                    static final ComparablePath<Event, OffsetDateTime> AT = Event_.at;
                    static final Object BEFORE = Event_.zoned.lt(ZonedDateTime.now());
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Class<?> event = result.load("com.acme.Event_");
        assertPath(event, "status", Path.class, result.load("com.acme.Status"));
        assertPath(event, "level", Path.class, result.load("com.acme.Level"));
        assertPath(event, "grade", ComparablePath.class, Character.class);
        assertPath(event, "initial", ComparablePath.class, Character.class);
        assertPath(event, "length", ComparablePath.class, java.time.Duration.class);
        assertPath(event, "startsAt", ComparablePath.class, java.time.LocalTime.class);
        assertPath(event, "at", ComparablePath.class, java.time.OffsetDateTime.class);
        assertPath(event, "zoned", ComparablePath.class, java.time.ZonedDateTime.class);
    }

    @Test
    void listsAndSetsOfScalarsGetArrayPaths() throws Exception {
        var result = compile(Map.of("com.acme.Post", """
                @Model
                public record Post(@Key long id, List<String> tags, Set<Status> flags, List<java.math.BigDecimal> prices,
                                   Set<UUID> readers, List<LocalDate> days) {
                }
                """, "com.acme.Status", """
                public enum Status { DRAFT, PUBLISHED }
                """, "com.acme.Queries", """
                final class Queries {
                    static final ArrayPath<Post, List<String>, String> TAGS = Post_.tags;
                    static final ArrayPath<Post, Set<Status>, Status> FLAGS = Post_.flags;
                    static final ArrayPath<Post, List<LocalDate>, LocalDate> DAYS = Post_.days;
                    static final Object TAGGED = Post_.tags.contains("java").and(Post_.flags.overlaps(Status.DRAFT));
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Class<?> post = result.load("com.acme.Post_");
        assertArray(post, "tags", List.class, String.class);
        assertArray(post, "flags", java.util.Set.class, result.load("com.acme.Status"));
        assertArray(post, "prices", List.class, java.math.BigDecimal.class);
        assertArray(post, "readers", java.util.Set.class, java.util.UUID.class);
        assertArray(post, "days", List.class, java.time.LocalDate.class);
    }

    @Test
    void jsonFieldsGetJsonPaths() throws Exception {
        var result = compile(Map.of("com.acme.Post", """
                @Model
                public record Post(@Key long id, @Json Meta meta, @Json List<Meta> history, tools.jackson.databind.JsonNode raw,
                                   Map<String, Object> attributes, @Json(binary = false) String[] notes, @Json int score,
                                   LinkedHashMap<String, Integer> counts, @Json Spot spot) {
                }
                """, "com.acme.Meta", """
                public record Meta(String lang, int words) {
                }
                """, "com.acme.Spot", """
                @Embeddable
                public record Spot(double x, double y) {
                }
                """, "com.acme.Queries", """
                final class Queries {
                    static final JsonPath<Post, Meta> META = Post_.meta;
                    static final JsonPath<Post, List<Meta>> HISTORY = Post_.history;
                    static final JsonPath<Post, tools.jackson.databind.JsonNode> RAW = Post_.raw;
                    static final JsonPath<Post, Map<String, Object>> ATTRIBUTES = Post_.attributes;
                    static final JsonPath<Post, String[]> NOTES = Post_.notes;
                    static final JsonPath<Post, Integer> SCORE = Post_.score;
                    static final JsonPath<Post, LinkedHashMap<String, Integer>> COUNTS = Post_.counts;
                    static final Object ENGLISH = Post_.meta.path("lang").eq("en");
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Class<?> post = result.load("com.acme.Post_");
        assertPath(post, "meta", JsonPath.class, result.load("com.acme.Meta"));
        assertPath(post, "history", JsonPath.class, List.class);
        assertPath(post, "raw", JsonPath.class, tools.jackson.databind.JsonNode.class);
        assertPath(post, "attributes", JsonPath.class, Map.class);
        assertPath(post, "notes", JsonPath.class, String[].class);
        assertPath(post, "score", JsonPath.class, Integer.class);
        assertPath(post, "counts", JsonPath.class, java.util.LinkedHashMap.class);
        // @Json wins over @Embeddable: the record is stored as one document.
        assertPath(post, "spot", JsonPath.class, result.load("com.acme.Spot"));
    }

    @Test
    void rawMapIsJsonAndCompilesWithoutWarnings() throws Exception {
        var result = compile(Map.of("com.acme.Post", """
                @Model
                public class Post {
                    @Key long id;
                    @SuppressWarnings("rawtypes") Map attributes;
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        assertPath(result.load("com.acme.Post_"), "attributes", JsonPath.class, Map.class);
    }

    @Test
    void convertedFieldsGetPathsOfTheirJavaType() throws Exception {
        var result = compile(Map.of("com.acme.Order", """
                @Model
                public record Order(@Key long id, @Convert(MoneyConverter.class) Money total,
                                    @Convert(LabelsConverter.class) List<Money> labels) {
                }
                """, "com.acme.Money", """
                public record Money(long cents) {
                }
                """, "com.acme.MoneyConverter", """
                public class MoneyConverter implements dev.toasty.Converter<Money, Long> {
                    public Long toStored(Money value) {
                        return value.cents();
                    }

                    public Money fromStored(Long stored) {
                        return new Money(stored);
                    }
                }
                """, "com.acme.LabelsConverter", """
                public class LabelsConverter implements dev.toasty.Converter<List<Money>, String> {
                    public String toStored(List<Money> value) {
                        return value.toString();
                    }

                    public List<Money> fromStored(String stored) {
                        return List.of();
                    }
                }
                """, "com.acme.Queries", """
                final class Queries {
                    static final Path<Order, Money> TOTAL = Order_.total;
                    static final Path<Order, List<Money>> LABELS = Order_.labels;
                    static final Object FREE = Order_.total.eq(new Money(0));
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        assertPath(result.load("com.acme.Order_"), "total", Path.class, result.load("com.acme.Money"));
        assertPath(result.load("com.acme.Order_"), "labels", Path.class, List.class);
    }

    @Test
    void deferredFieldsGetThePathOfTheirValue() throws Exception {
        var result = compile(Map.of("com.acme.Post", """
                @Model
                public record Post(@Key long id, dev.toasty.Deferred<String> body, dev.toasty.Deferred<Integer> views,
                                   dev.toasty.Deferred<List<String>> tags, @Json dev.toasty.Deferred<Map<String, String>> meta) {
                }
                """, "com.acme.Queries", """
                final class Queries {
                    static final StringPath<Post> BODY = Post_.body;
                    static final ComparablePath<Post, Integer> VIEWS = Post_.views;
                    static final ArrayPath<Post, List<String>, String> TAGS = Post_.tags;
                    static final JsonPath<Post, Map<String, String>> META = Post_.meta;
                }
                """));

        assertThat(result.diagnostics()).isEmpty();
        Class<?> post = result.load("com.acme.Post_");
        assertPath(post, "body", StringPath.class, String.class);
        assertPath(post, "views", ComparablePath.class, Integer.class);
        assertArray(post, "tags", List.class, String.class);
        assertPath(post, "meta", JsonPath.class, Map.class);
    }

    @Test
    void privateEnumGetsNoPath() throws Exception {
        var result = compile(Map.of("com.acme.Task", """
                @Model
                public record Task(@Key long id, String title, Task.State state) {
                    private enum State { OPEN, DONE }
                }
                """));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.diagnostics()).extracting(d -> d.getMessage(null))
                .contains("Field com.acme.Task.state has a type naming a private or local class, so the metamodel has no path for it");
        assertPath(result.load("com.acme.Task_"), "title", StringPath.class, String.class);
    }

    private TestCompiler.Result compile(Map<String, String> declarations) {
        Map<String, String> sources = new HashMap<>();
        declarations.forEach((name, declaration) -> sources.put(name, HEADER + declaration));
        return TestCompiler.compile(dir, sources);
    }

    private static void assertPath(Class<?> metamodel, String field, Class<?> pathClass, Class<?> valueType) throws Exception {
        Field declared = metamodel.getField(field);
        assertThat(declared.getType()).as(field).isEqualTo(pathClass);
        Path<?, ?> path = (Path<?, ?>) declared.get(null);
        assertThat(path).as(field).isInstanceOf(pathClass);
        assertThat(path.name()).isEqualTo(field);
        // Compared by name: each load() reads the compiled classes through a new class loader.
        assertThat(path.type().getName()).as(field).isEqualTo(valueType.getName());
    }

    private static void assertArray(Class<?> metamodel, String field, Class<?> collection, Class<?> element) throws Exception {
        assertPath(metamodel, field, ArrayPath.class, collection);
        assertThat(((ArrayPath<?, ?, ?>) metamodel.getField(field).get(null)).elementType().getName()).as(field).isEqualTo(element.getName());
    }
}
