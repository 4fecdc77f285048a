package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.types.JsonDoc;
import dev.toasty.suite.models.types.JsonDoc_;
import dev.toasty.suite.models.types.Meta;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON fields on every backend: records with nested lists and maps, maps and trees come back equal, with
 * text outside the BMP; SQL NULL and JSON null stay apart. Numbers are written without exponents, which
 * PostgreSQL's {@code jsonb} would rewrite (1e2 as 100).
 */
class JsonTypesTest {

    static final Meta RICH = new Meta("en", 42, true, List.of("java", "😀 emoji", ""),
            Map.of("week", List.of(1, 2, 3), "none", List.of()), new Meta.Author("Ada 𝄞", List.of("ada@x", "a@y")));

    static JsonNode tree(String json) {
        return JsonMapper.shared().readTree(json);
    }

    private static JsonDoc roundTrip(Toasty db, JsonDoc doc) {
        return db.get(JsonDoc.class, db.insert(doc).id());
    }

    @DriverTest
    void aRecordWithNestedListsAndMapsRoundTripsEqual(Toasty db) {
        JsonDoc out = roundTrip(db, JsonDoc.of("rich", RICH).withRawMeta(RICH));
        assertThat(out.meta()).isEqualTo(RICH);
        assertThat(out.rawMeta()).isEqualTo(RICH);
        Meta empty = new Meta(null, null, null, null, null, null);
        JsonDoc blank = roundTrip(db, JsonDoc.of("blank", empty).withRawMeta(new Meta("", 0, false, List.of(), Map.of(), null)));
        assertThat(blank.meta()).isEqualTo(empty);
        assertThat(blank.rawMeta()).isEqualTo(new Meta("", 0, false, List.of(), Map.of(), null));
        JsonDoc none = roundTrip(db, JsonDoc.of("none", null));
        assertThat(none.meta()).isNull();
        assertThat(none.rawMeta()).isNull();
    }

    @DriverTest
    void aMapOfMixedValuesRoundTripsEqual(Toasty db) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("s", "text 😀");
        attrs.put("i", 7);
        attrs.put("neg", -12);
        attrs.put("big", 9_007_199_254_740_993L);
        attrs.put("d", 1.5);
        attrs.put("b", false);
        attrs.put("nothing", null);
        attrs.put("list", List.of(1, "two", List.of(3, 4), Map.of("k", "v")));
        attrs.put("map", Map.of("nested", Map.of("deeper", List.of())));
        attrs.put("😀 key", "smile");
        attrs.put("", "empty key");
        JsonDoc out = roundTrip(db, JsonDoc.of("map", null).withAttrs(attrs));
        assertThat(out.attrs()).isEqualTo(attrs);
        assertThat(out.attrs().get("big")).isEqualTo(9_007_199_254_740_993L);
        assertThat(out.attrs()).containsEntry("nothing", null);
        JsonDoc empty = roundTrip(db, JsonDoc.of("empty", null).withAttrs(Map.of()));
        assertThat(empty.attrs()).isNotNull().isEmpty();
    }

    @DriverTest
    void treesOfEveryShapeRoundTripEqual(Toasty db) {
        List<String> documents = List.of(
                "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"😀\",\"e\":[]},\"f\":{},\"g\":-0.25,\"h\":9007199254740993}",
                "[1,\"two\",[3,[4,[5]]],{\"k\":null}]", "\"just text\"", "12", "true", "[]", "{}",
                "[0,10000000000,0.1,-7,123456.5]",
                "{\"quote\\\"s\":\"back\\\\slash\",\"line\":\"a\\nb\\tc\",\"u\":\"\\u00e9\\u4e2d\"}");
        List<Long> ids = new ArrayList<>();
        for (String json : documents) {
            ids.add(db.insert(JsonDoc.of(json, null).withNode(tree(json))).id());
        }
        for (int i = 0; i < documents.size(); i++) {
            assertThat(db.get(JsonDoc.class, ids.get(i)).node()).as(documents.get(i)).isEqualTo(tree(documents.get(i)));
        }
    }

    /** DynamoDB trims numbers, as docs/types/json.md says: there a whole number written {@code 2.0} comes back {@code 2}. */
    @DriverTest
    void wholeNumbersWithAFractionKeepItExceptOnDynamoDb(Toasty db, Backend backend) {
        JsonDoc out = roundTrip(db, JsonDoc.of("whole", null).withNode(tree("{\"a\":2.0,\"b\":[-1.0,100.0]}")));
        String expected = backend.name().equals("dynamodb") ? "{\"a\":2,\"b\":[-1,100]}" : "{\"a\":2.0,\"b\":[-1.0,100.0]}";
        assertThat(out.node()).isEqualTo(tree(expected));
        assertThat(out.node().get("a").isIntegralNumber()).isEqualTo(backend.name().equals("dynamodb"));
    }

    @DriverTest
    void deeplyNestedTreeRoundTrips(Toasty db) {
        // 30 levels: MariaDB's JSON_VALID check refuses documents nested deeper than 32, DynamoDB nests at most 32
        String json = "[".repeat(30) + "\"bottom\"" + "]".repeat(30);
        JsonDoc out = roundTrip(db, JsonDoc.of("deep", null).withNode(tree(json)));
        assertThat(out.node()).isEqualTo(tree(json));
    }

    /** A Java null field is SQL NULL (no attribute on DynamoDB); a {@code NullNode} is the JSON value null. */
    @DriverTest
    void sqlNullAndJsonNullAreToldApart(Toasty db) {
        JsonDoc sqlNull = roundTrip(db, JsonDoc.of("sql", null).withNode(null));
        JsonDoc jsonNull = roundTrip(db, JsonDoc.of("json", null).withNode(NullNode.getInstance()));
        assertThat(sqlNull.node()).isNull();
        assertThat(jsonNull.node()).isNotNull().isInstanceOf(NullNode.class);
        assertThat(jsonNull.node().isNull()).isTrue();
        assertThat(db.query(JsonDoc.class).where(JsonDoc_.node.isNull()).list()).extracting(JsonDoc::label)
                .containsExactly("sql");
        assertThat(db.query(JsonDoc.class).where(JsonDoc_.node.isNotNull()).list()).extracting(JsonDoc::label)
                .containsExactly("json");
        db.update(jsonNull.withNode(null));
        db.update(sqlNull.withNode(NullNode.getInstance()));
        assertThat(db.get(JsonDoc.class, jsonNull.id()).node()).isNull();
        assertThat(db.get(JsonDoc.class, sqlNull.id()).node()).isInstanceOf(NullNode.class);
    }

    /** Whole-field filters run on every backend, DynamoDB included; paths inside are {@link JsonPathTest}'s. */
    @DriverTest
    void wholeFieldNullFiltersRunEverywhere(Toasty db) {
        db.insert(JsonDoc.of("with", RICH));
        db.insert(JsonDoc.of("without", null).withAttrs(Map.of("k", "v")));
        assertThat(db.query(JsonDoc.class).where(JsonDoc_.meta.isNull()).list()).extracting(JsonDoc::label)
                .containsExactly("without");
        assertThat(db.query(JsonDoc.class).where(JsonDoc_.attrs.isNotNull()).list()).extracting(JsonDoc::label)
                .containsExactly("without");
    }
}
