package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.types.JsonDoc;
import dev.toasty.suite.models.types.JsonDoc_;
import dev.toasty.suite.models.types.Meta;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Filters and ordering on values inside JSON fields where the backend has {@code jsonPaths}, and the
 * refusal, before any request, where it has not (DynamoDB). A missing key and JSON null both read as null.
 */
class JsonPathTest {

    private static void seed(Toasty db) {
        Meta en = new Meta("en", 10, true, List.of("java"), Map.of(), new Meta.Author("Ada", List.of()));
        Meta fr = new Meta("fr", 200, false, List.of(), Map.of(), new Meta.Author("Bob", List.of()));
        Meta de = new Meta("de", 3, null, List.of(), Map.of(), null);
        Map<String, Object> colorNull = new HashMap<>();
        colorNull.put("color", null);
        db.insertAll(List.of(
                JsonDoc.of("en", en).withRawMeta(en).withAttrs(Map.of("color", "red", "size", 3))
                        .withNode(JsonTypesTest.tree("{\"a.b\":\"dot\",\"a\":{\"b\":\"nested\"},\"it's\":\"single\",\"say \\\"q\\\"\":\"yes\",\"back\\\\slash\":\"yes\",\"it's \\\"both\\\"\":\"yes\",\"😀\":\"smile\"}")),
                JsonDoc.of("fr", fr).withRawMeta(fr).withAttrs(Map.of("size", 12)),
                JsonDoc.of("de", de).withRawMeta(de).withAttrs(colorNull),
                JsonDoc.of("nolang", Meta.of(null, null)).withAttrs(Map.of()),
                JsonDoc.of("nometa", null)));
    }

    private static List<String> labels(Toasty db, Filter<JsonDoc> filter, Order<JsonDoc> order) {
        return db.query(JsonDoc.class).where(filter).orderBy(order).list().stream().map(JsonDoc::label).toList();
    }

    private static List<String> labels(Toasty db, Filter<JsonDoc> filter) {
        return labels(db, filter, JsonDoc_.label.asc());
    }

    @DriverTest
    @Requires("jsonPaths")
    void textEqualityInsideADocument(Toasty db) {
        seed(db);
        assertThat(labels(db, JsonDoc_.meta.path("lang").eq("en"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.meta.path("lang").ne("en"))).containsExactly("de", "fr");
        assertThat(labels(db, JsonDoc_.meta.path("lang").gt("de"))).containsExactly("en", "fr");
        assertThat(labels(db, JsonDoc_.rawMeta.path("lang").eq("fr"))).containsExactly("fr");
        assertThat(labels(db, JsonDoc_.meta.path("author", "name").eq("Ada"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.attrs.path("color").eq("red"))).containsExactly("en");
    }

    /** As text, "10" and "200" sort before "5"; as numbers they are greater. */
    @DriverTest
    @Requires("jsonPaths")
    void numbersCompareAsNumbers(Toasty db) {
        seed(db);
        assertThat(labels(db, JsonDoc_.meta.path("views").gt(5))).containsExactly("en", "fr");
        assertThat(labels(db, JsonDoc_.meta.path("views").le(10))).containsExactly("de", "en");
        assertThat(labels(db, JsonDoc_.meta.path("views").eq(200))).containsExactly("fr");
        assertThat(labels(db, JsonDoc_.meta.path("views").ge(3.5))).containsExactly("en", "fr");
        assertThat(labels(db, JsonDoc_.rawMeta.path("views").lt(100))).containsExactly("de", "en");
        assertThat(labels(db, JsonDoc_.attrs.path("size").number().gt(4))).containsExactly("fr");
    }

    @DriverTest
    @Requires("jsonPaths")
    void booleansCompareAsBooleans(Toasty db) {
        seed(db);
        assertThat(labels(db, JsonDoc_.meta.path("featured").eq(true))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.meta.path("featured").eq(false))).containsExactly("fr");
    }

    /** A missing key, a JSON null and a SQL NULL document all count as null. */
    @DriverTest
    @Requires("jsonPaths")
    void missingKeysAndJsonNullsAreNull(Toasty db) {
        seed(db);
        assertThat(labels(db, JsonDoc_.meta.path("lang").isNull())).containsExactly("nolang", "nometa");
        assertThat(labels(db, JsonDoc_.meta.path("lang").isNotNull())).containsExactly("de", "en", "fr");
        assertThat(labels(db, JsonDoc_.attrs.path("color").isNull())).containsExactly("de", "fr", "nolang", "nometa");
        assertThat(labels(db, JsonDoc_.meta.path("author", "name").isNull())).containsExactly("de", "nolang", "nometa");
        assertThat(labels(db, JsonDoc_.meta.path("featured").isNull())).containsExactly("de", "nolang", "nometa");
        assertThat(labels(db, JsonDoc_.meta.path("no", "such", "key").isNull())).hasSize(5);
    }

    /** Keys are single keys, written into the statement escaped: a dot, a single quote and an emoji in a key. */
    @DriverTest
    @Requires("jsonPaths")
    void keysAreLiteralAndEscaped(Toasty db) {
        seed(db);
        assertThat(labels(db, JsonDoc_.node.path("a.b").eq("dot"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.node.path("a", "b").eq("nested"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.node.path("it's").eq("single"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.node.path("😀").eq("smile"))).containsExactly("en");
        assertThat(labels(db, JsonDoc_.node.path("a.b' or '1'='1").isNotNull())).isEmpty();
        assertThat(labels(db, JsonDoc_.node.path("$").isNotNull())).isEmpty();
    }

    /**
     * Keys with a double quote, a backslash or both quotes: each finds its value, or, where the backend's path
     * syntax cannot hold the key safely, is refused before any statement, naming the key and the backend.
     */
    @DriverTest
    @Requires("jsonPaths")
    void awkwardKeysMatchOrAreRefusedClearly(Toasty db, Backend backend, Recorder recorder) {
        seed(db);
        for (String key : List.of("say \"q\"", "back\\slash", "it's \"both\"")) {
            recorder.clear();
            List<String> found;
            try {
                found = labels(db, JsonDoc_.node.path(key).eq("yes"));
            } catch (IllegalArgumentException | UnsupportedFeatureException e) {
                assertThat(e.getMessage()).as(key).contains(key).contains(backend.name());
                assertThat(recorder.statements()).as(key).isEmpty();
                continue;
            }
            assertThat(found).as(key).containsExactly("en");
        }
    }

    @DriverTest
    @Requires("jsonPaths")
    void orderingByAValueInside(Toasty db) {
        seed(db);
        Filter<JsonDoc> hasViews = JsonDoc_.meta.path("views").isNotNull();
        assertThat(labels(db, hasViews, JsonDoc_.meta.path("views").number().asc())).containsExactly("de", "en", "fr");
        assertThat(labels(db, hasViews, JsonDoc_.meta.path("views").number().desc())).containsExactly("fr", "en", "de");
        assertThat(labels(db, hasViews, JsonDoc_.meta.path("lang").asc())).containsExactly("de", "en", "fr");
        assertThat(labels(db, hasViews, JsonDoc_.meta.path("lang").desc())).containsExactly("fr", "en", "de");
    }

    @DriverTest
    @Requires("jsonPaths")
    void updatesAndDeletesFilterInsideDocuments(Toasty db) {
        seed(db);
        assertThat(db.update(JsonDoc.class).set(JsonDoc_.label, "german").where(JsonDoc_.meta.path("lang").eq("de"))
                .execute()).isEqualTo(1);
        assertThat(db.delete(JsonDoc.class).where(JsonDoc_.meta.path("views").gt(100)).execute()).isEqualTo(1);
        assertThat(labels(db, Filter.always())).containsExactly("en", "german", "nolang", "nometa");
    }

    @DriverTest
    @Requires(value = "jsonPaths", absent = true)
    void pathsInsideDocumentsAreRefusedBeforeAnyRequest(Toasty db, Recorder recorder) {
        seed(db);
        recorder.clear();
        refused(() -> db.query(JsonDoc.class).where(JsonDoc_.meta.path("lang").eq("en")).list());
        refused(() -> db.query(JsonDoc.class).where(JsonDoc_.meta.path("views").gt(5)).count());
        refused(() -> db.query(JsonDoc.class).where(JsonDoc_.attrs.path("color").isNull()).list());
        refused(() -> db.delete(JsonDoc.class).where(JsonDoc_.meta.path("lang").eq("de")).execute());
        refused(() -> db.update(JsonDoc.class).set(JsonDoc_.label, "x").where(JsonDoc_.node.path("a").eq(true)).execute());
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(JsonDoc.class).count()).isEqualTo(5);
    }

    private static void refused(ThrowingCallable call) {
        UnsupportedFeatureException e = catchThrowableOfType(UnsupportedFeatureException.class, call);
        assertThat(e).as("an UnsupportedFeatureException").isNotNull();
        assertThat(e.feature()).containsIgnoringCase("json");
        assertThat(e.backend()).isEqualTo("dynamodb");
        assertThat(e.getMessage()).contains(e.feature());
    }
}
