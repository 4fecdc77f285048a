package dev.toasty.internal.dynamo;

import dev.toasty.ValidationException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON trees as native DynamoDB values: an object is an {@code M}, an array an {@code L}, a string an {@code S},
 * a number an {@code N} (exact), a boolean a {@code BOOL} and JSON null a {@code NUL}, at any depth. A JSON null
 * at the top is stored as a {@code NUL} attribute too, so that it stays apart from "no value", which is no
 * attribute at all (Java null). DynamoDB trims a number's leading and trailing zeros, so a number reads back as
 * the node a JSON parser makes of its shortest text: {@code 1.0} as the integer {@code 1}, {@code 2.50} as the
 * double {@code 2.5}; digits a double cannot hold come back as an exact decimal.
 *
 * <p>Two DynamoDB limits are worked around so that every tree round-trips: a map key cannot be empty, so an
 * empty key (and a key that starts with the escape character U+E000) is stored with U+E000 in front; and an
 * attribute nests at most 32 levels, so a subtree below that is stored as its JSON text in a {@code B} value,
 * which no JSON value is otherwise stored as.
 */
final class JsonAttributes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Put in front of map keys that DynamoDB would refuse (empty) or that would read back wrongly (starting with it). */
    private static final char ESCAPE = '\uE000';

    /** The containers (maps and lists) DynamoDB lets one attribute nest, found by trying: 32 is refused. */
    private static final int MAX_DEPTH = 31;

    private JsonAttributes() {
    }

    static AttributeValue encode(JsonNode node) {
        return encode(node, 0);
    }

    /** {@code depth}: the containers around {@code node} within the attribute. */
    private static AttributeValue encode(JsonNode node, int depth) {
        if (node.isContainer() && depth == MAX_DEPTH) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(dev.toasty.internal.mapping.Conversions.JSON.writeValueAsBytes(node)));
        }
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    String key = e.getKey();
                    m.put(key.isEmpty() || key.charAt(0) == ESCAPE ? ESCAPE + key : key, encode(e.getValue(), depth + 1));
                }
                yield AttributeValue.fromM(m);
            }
            case ARRAY -> {
                List<AttributeValue> l = new ArrayList<>(node.size());
                for (JsonNode e : node.values()) {
                    l.add(encode(e, depth + 1));
                }
                yield AttributeValue.fromL(l);
            }
            case STRING -> AttributeValue.fromS(node.stringValue());
            case NUMBER -> AttributeValue.fromN(number(node));
            case BOOLEAN -> AttributeValue.fromBool(node.booleanValue());
            case NULL -> AttributeValue.fromNul(true);
            case BINARY -> AttributeValue.fromS(node.asString()); // as JSON text writes it: base64
            case POJO, MISSING -> throw new ValidationException("DynamoDB cannot store a JSON " + node.getNodeType()
                    + " node: build the tree from JSON values (objects, arrays, strings, numbers, booleans, null)");
        };
    }

    private static String number(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ValidationException("DynamoDB numbers cannot hold " + d + " (inside a JSON value): store another value or null");
            }
        }
        return DynamoValues.decimal(node.decimalValue());
    }

    static JsonNode decode(AttributeValue a) {
        return switch (a.type()) {
            case M -> {
                ObjectNode object = NODES.objectNode();
                a.m().forEach((k, v) -> object.set(!k.isEmpty() && k.charAt(0) == ESCAPE ? k.substring(1) : k, decode(v)));
                yield object;
            }
            case L -> {
                ArrayNode array = NODES.arrayNode(a.l().size());
                a.l().forEach(v -> array.add(decode(v)));
                yield array;
            }
            case S -> NODES.stringNode(a.s());
            case N -> number(new BigDecimal(a.n()).stripTrailingZeros());
            case BOOL -> NODES.booleanNode(a.bool());
            case NUL -> NODES.nullNode();
            case B -> dev.toasty.internal.mapping.Conversions.JSON.readTree(a.b().asByteArray());
            default -> throw new dev.toasty.SchemaMismatchException("A JSON attribute holds a DynamoDB " + a.type()
                    + " value, which is no JSON: it was written by something other than Toasty; rewrite it as JSON values");
        };
    }

    /** The node a JSON parser makes of a number: an int, long or big integer when whole, else a double when exact, else a decimal. */
    private static JsonNode number(BigDecimal n) {
        if (n.scale() <= 0) {
            java.math.BigInteger whole = n.toBigIntegerExact();
            if (whole.bitLength() < 32) {
                return NODES.numberNode(whole.intValue());
            }
            return whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        }
        double d = n.doubleValue();
        return !Double.isInfinite(d) && BigDecimal.valueOf(d).compareTo(n) == 0 ? NODES.numberNode(d) : NODES.numberNode(n);
    }
}
