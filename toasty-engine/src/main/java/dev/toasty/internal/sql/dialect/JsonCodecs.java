package dev.toasty.internal.sql.dialect;

import dev.toasty.SchemaMismatchException;
import dev.toasty.schema.FieldType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * JSON in SQL columns: documents as JSON text, and the arrays of scalars that MySQL and SQLite keep as JSON
 * arrays. Holds the engine's one {@link JsonMapper}, which is thread-safe once built.
 */
public final class JsonCodecs {

    /** The mapper every JSON value of the engine is written and read with. */
    public static final JsonMapper MAPPER = dev.toasty.internal.mapping.Conversions.JSON;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonCodecs() {
    }

    /** A {@code JsonNode} as JSON text through {@code binder}; SQL NULL reads as Java null, JSON null as a {@code NullNode}. */
    public static ValueCodec document(int sqlType, Codecs.Binder binder) {
        return Codecs.codec(sqlType, (s, i, v) -> binder.bind(s, i, MAPPER.writeValueAsString(v)), (r, i) -> {
            String text = r.getString(i);
            return text == null ? null : MAPPER.readTree(text);
        });
    }

    /** A JSON document bound as a string, for MySQL's {@code json} and SQLite's text columns. */
    public static final ValueCodec DOCUMENT_TEXT = document(Types.VARCHAR, (s, i, text) -> s.setString(i, (String) text));

    /**
     * A {@code List} of {@code element} values as a JSON array in text, for the backends without native arrays.
     * Each element is written so that equal values give equal JSON, which the backends' JSON functions compare:
     * numbers and booleans as JSON numbers and booleans, UUIDs and dates as their ISO text, and decimals as the
     * exact text of {@link Codecs#DECIMAL_TEXT} (a JSON number would be read back as a double by MySQL and lose
     * digits). NaN and the infinities have no JSON form and are refused.
     */
    public static ValueCodec array(FieldType element, String backend, String column) {
        checkElement(element);
        return Codecs.codec(Types.VARCHAR,
                (s, i, v) -> s.setString(i, MAPPER.writeValueAsString(toJson(element, (List<?>) v, backend, column))),
                (r, i) -> {
                    String text = r.getString(i);
                    return text == null ? null : fromJson(element, MAPPER.readTree(text));
                });
    }

    /** The JSON array of a list of stored element values. */
    static ArrayNode toJson(FieldType element, List<?> values, String backend, String column) {
        ArrayNode array = NODES.arrayNode(values.size());
        for (Object v : values) {
            array.add(switch (element) {
                case STRING -> NODES.stringNode((String) v);
                case INT -> NODES.numberNode(((Number) v).intValue());
                case LONG -> NODES.numberNode(((Number) v).longValue());
                case DOUBLE -> NODES.numberNode(Codecs.finite(((Number) v).doubleValue(), backend, column));
                case BOOLEAN -> NODES.booleanNode((Boolean) v);
                case UUID, LOCAL_DATE -> NODES.stringNode(v.toString());
                case DECIMAL -> NODES.stringNode(((BigDecimal) v).stripTrailingZeros().toPlainString());
                default -> throw new IllegalStateException("no array element " + element);
            });
        }
        return array;
    }

    /** The stored element values of a JSON array read from the database. */
    static List<Object> fromJson(FieldType element, JsonNode array) {
        if (!array.isArray()) {
            throw new SchemaMismatchException("A list column holds JSON " + array.getNodeType() + " rather than an array: "
                    + "fix the row, or map the column as JSON");
        }
        List<Object> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            out.add(switch (element) {
                case STRING -> node.stringValue();
                case INT -> node.intValue();
                case LONG -> node.longValue();
                case DOUBLE -> node.doubleValue();
                case BOOLEAN -> node.booleanValue();
                case UUID -> UUID.fromString(node.stringValue());
                case LOCAL_DATE -> LocalDate.parse(node.stringValue());
                case DECIMAL -> node.isNumber() ? node.decimalValue() : new BigDecimal(node.stringValue());
                default -> throw new IllegalStateException("no array element " + element);
            });
        }
        return Collections.unmodifiableList(out);
    }

    /** Refuses, when a codec is made, an element type that no list column holds. */
    public static void checkElement(FieldType element) {
        if (element == null) {
            throw new IllegalStateException("an ARRAY column without an element type");
        }
        switch (element) {
            case STRING, INT, LONG, DOUBLE, BOOLEAN, UUID, DECIMAL, LOCAL_DATE -> {
            }
            default -> throw new IllegalStateException("no array of " + element + " elements is stored");
        }
    }
}
