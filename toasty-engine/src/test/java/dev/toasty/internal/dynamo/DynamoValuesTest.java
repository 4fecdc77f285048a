package dev.toasty.internal.dynamo;

import dev.toasty.ValidationException;
import dev.toasty.schema.Column;
import dev.toasty.schema.Conversion;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How values of the data types become DynamoDB attributes and come back, through their column's storage. */
class DynamoValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Color { RED, GREEN }

    /** An enum stored as its name, as the schema builder makes it. */
    private static final Conversion BY_NAME = new Conversion() {
        @Override
        public Object toStored(Object value) {
            return ((Color) value).name();
        }

        @Override
        public Object fromStored(Object stored) {
            return Color.valueOf((String) stored);
        }
    };

    private static Column column(FieldType type, Storage storage) {
        return new Column("t", "c", type, true, false, 0, storage);
    }

    private static Column array(FieldType element, Conversion conversion) {
        return column(FieldType.ARRAY, new Storage(conversion, 0, 0, false, element, null, List.of()));
    }

    private static Object roundTrip(Column column, Object value) {
        return DynamoValues.decode(column, DynamoValues.encode(column, value));
    }

    @Test
    void convertedFieldsAreStoredAsTheirStoredTypeAndReadBackAsJava() {
        Column color = column(FieldType.STRING, Storage.converted(BY_NAME));
        assertThat(DynamoValues.encode(color, Color.GREEN)).isEqualTo(AttributeValue.fromS("GREEN"));
        assertThat(DynamoValues.decode(color, AttributeValue.fromS("RED"))).isEqualTo(Color.RED);
        assertThat(DynamoValues.decode(color, null)).isNull();
        assertThat(DynamoValues.identity(color, Color.RED)).isEqualTo("RED");
    }

    @Test
    void localTimesAreFixedWidthTextInTimeOrder() {
        Column time = column(FieldType.LOCAL_TIME, Storage.PLAIN);
        assertThat(DynamoValues.encode(time, LocalTime.of(9, 5))).isEqualTo(AttributeValue.fromS("09:05:00.000000000"));
        List<LocalTime> times = List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 0, 1), LocalTime.of(9, 59, 59, 999_999_999),
                LocalTime.of(10, 0), LocalTime.NOON, LocalTime.MAX);
        List<String> texts = times.stream().map(t -> DynamoValues.encode(time, t).s()).toList();
        assertThat(texts).isSorted().allSatisfy(t -> assertThat(t).hasSize(18));
        for (LocalTime t : times) {
            assertThat(roundTrip(time, t)).isEqualTo(t);
        }
        assertThat(DynamoValues.keyType(time)).isEqualTo(ScalarAttributeType.S);
    }

    @Test
    void jsonIsANativeDocumentAndReadsBackAsTheSameTree() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        JsonNode tree = JSON.readTree("{\"title\":\"x\",\"n\":1,\"big\":12345678901,\"huge\":123456789012345678901234567890,"
                + "\"d\":2.5,\"ok\":true,\"none\":null,\"tags\":[\"a\",1,null,{\"k\":[]}],\"empty\":{}}");
        AttributeValue stored = DynamoValues.encode(json, tree);
        assertThat(stored.m()).containsEntry("title", AttributeValue.fromS("x")).containsEntry("ok", AttributeValue.fromBool(true))
                .containsEntry("none", AttributeValue.fromNul(true)).containsEntry("d", AttributeValue.fromN("2.5"));
        assertThat(stored.m().get("tags").l()).hasSize(4);
        assertThat(DynamoValues.decode(json, stored)).isEqualTo(tree);
    }

    @Test
    void emptyMapKeysWhichDynamoDbRefusesAreEscaped() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        JsonNode tree = JSON.readTree("{\"\":1,\"\uE000x\":2,\"plain\":{\"\":[]}}");
        AttributeValue stored = DynamoValues.encode(json, tree);
        assertThat(stored.m()).containsOnlyKeys("\uE000", "\uE000\uE000x", "plain");
        assertThat(DynamoValues.decode(json, stored)).isEqualTo(tree);
    }

    @Test
    void treesDeeperThanDynamoDbNestsKeepTheirDeepestPartAsJsonText() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        JsonNode tree = JSON.readTree("[".repeat(40) + "{\"k\":1.5}" + "]".repeat(40));
        AttributeValue stored = DynamoValues.encode(json, tree);
        AttributeValue a = stored;
        int containers = 0;
        while (a.hasL()) {
            a = a.l().get(0);
            containers++;
        }
        assertThat(containers).isEqualTo(31);
        assertThat(a.b()).isNotNull();
        assertThat(DynamoValues.decode(json, stored)).isEqualTo(tree);
    }

    @Test
    void aTopLevelJsonNullIsANulAttributeWhileNoValueIsNoAttribute() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        assertThat(DynamoValues.encode(json, NullNode.getInstance())).isEqualTo(AttributeValue.fromNul(true));
        assertThat(DynamoValues.decode(json, AttributeValue.fromNul(true))).isEqualTo(NullNode.getInstance());
        assertThat(DynamoValues.decode(json, null)).isNull();
    }

    @Test
    void jsonNumbersAreExactAndReadBackAsTheirShortestForm() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        BigDecimal precise = new BigDecimal("1.2345678901234567890123456789");
        ObjectNode tree = nodes.objectNode().put("precise", precise).put("tenth", 0.1).put("whole", 3.0);
        AttributeValue stored = DynamoValues.encode(json, tree);
        assertThat(stored.m().get("precise").n()).isEqualTo("1.2345678901234567890123456789");
        JsonNode back = (JsonNode) DynamoValues.decode(json, stored);
        assertThat(back.get("precise").decimalValue()).isEqualTo(precise);
        assertThat(back.get("tenth").isDouble()).isTrue();
        assertThat(back.get("tenth").doubleValue()).isEqualTo(0.1);
        // DynamoDB keeps no trailing zeros, so 3.0 comes back as the whole number 3.
        assertThat(back.get("whole").isInt()).isTrue();
        assertThat(back.get("whole").intValue()).isEqualTo(3);
    }

    @Test
    void jsonNumbersDynamoDbCannotHoldAreRefused() {
        Column json = column(FieldType.JSON, Storage.PLAIN);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThatThrownBy(() -> DynamoValues.encode(json, nodes.objectNode().put("n", new BigDecimal("1" + "0".repeat(38) + ".1"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("38 significant digits");
        assertThatThrownBy(() -> DynamoValues.encode(json, nodes.arrayNode().add(Double.NaN)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> DynamoValues.encode(json, nodes.numberNode(new BigDecimal("1E+130"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void arraysAreListsOfTheirElementsEncodedByElementType() {
        Column numbers = array(FieldType.INT, null);
        AttributeValue stored = DynamoValues.encode(numbers, List.of(3, 1, 2));
        assertThat(stored.l()).containsExactly(AttributeValue.fromN("3"), AttributeValue.fromN("1"), AttributeValue.fromN("2"));
        assertThat(roundTrip(numbers, List.of(3, 1, 2))).isEqualTo(List.of(3, 1, 2));

        Column empty = array(FieldType.STRING, null);
        assertThat(DynamoValues.encode(empty, List.of())).isEqualTo(AttributeValue.fromL(List.of()));
        assertThat(roundTrip(empty, List.of())).isEqualTo(List.of());
    }

    @Test
    void arrayElementsPassThroughTheColumnsConversion() {
        Conversion colors = new Conversion() {
            @Override
            public Object toStored(Object value) {
                List<Object> out = new ArrayList<>();
                for (Object e : (Iterable<?>) value) {
                    out.add(BY_NAME.toStored(e));
                }
                return out;
            }

            @Override
            public Object fromStored(Object stored) {
                Set<Object> out = new java.util.LinkedHashSet<>();
                for (Object e : (List<?>) stored) {
                    out.add(BY_NAME.fromStored(e));
                }
                return out;
            }
        };
        Column column = array(FieldType.STRING, colors);
        AttributeValue stored = DynamoValues.encode(column, new java.util.LinkedHashSet<>(List.of(Color.GREEN, Color.RED)));
        assertThat(stored.l()).containsExactly(AttributeValue.fromS("GREEN"), AttributeValue.fromS("RED"));
        assertThat(DynamoValues.decode(column, stored)).isEqualTo(new java.util.LinkedHashSet<>(List.of(Color.GREEN, Color.RED)));
    }

    @Test
    void arrayDoublesKeepTheFiniteCheck() {
        Column doubles = array(FieldType.DOUBLE, null);
        assertThatThrownBy(() -> DynamoValues.encode(doubles, List.of(1.0, Double.POSITIVE_INFINITY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Infinity");
    }

    @Test
    void jsonAndArraysCannotBeKeys() {
        assertThat(DynamoValues.keyType(column(FieldType.JSON, Storage.PLAIN))).isNull();
        assertThat(DynamoValues.keyType(array(FieldType.STRING, null))).isNull();
        assertThat(DynamoValues.keyType(column(FieldType.INT, Storage.PLAIN))).isEqualTo(ScalarAttributeType.N);
    }
}
