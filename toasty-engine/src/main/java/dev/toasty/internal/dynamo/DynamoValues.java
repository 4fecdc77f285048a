package dev.toasty.internal.dynamo;

import dev.toasty.ValidationException;
import dev.toasty.internal.TimeText;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How field values are stored as DynamoDB attributes: numbers as {@code N} (so they compare
 * numerically), strings, UUIDs and dates and times as {@code S} (fixed-width, so they compare in
 * time order), booleans as {@code BOOL}, bytes as {@code B}, JSON as native maps and lists (see
 * {@link JsonAttributes}), arrays as an {@code L} of their elements. A null is no attribute at all.
 * A field's Java value passes through its column's conversion first ({@link #encode(Column, Object)});
 * values that are no field's (a limit, a count) are encoded by their stored type alone.
 */
final class DynamoValues {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    /** A {@code LocalTime} with nine fraction digits, so that comparing the texts compares the times. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

    private DynamoValues() {
    }

    /** The attribute for a Java value of the column's field; {@code NUL} for null (only ever bound, never stored). */
    static AttributeValue encode(Column column, Object value) {
        Object stored = column.storage().toStored(value);
        if (column.type() == FieldType.ARRAY && stored != null) {
            return AttributeValue.fromL(elements(column, stored));
        }
        return encode(column.type(), stored);
    }

    /** The attributes of an array column's elements, from a collection of its Java elements or its stored list. */
    static List<AttributeValue> elements(Column column, Object stored) {
        FieldType element = column.storage().element();
        if (element == null) {
            throw new IllegalStateException("the array column " + column.name() + " names no element type");
        }
        List<AttributeValue> out = new ArrayList<>();
        for (Object e : (Collection<?>) stored) {
            out.add(encode(element, e));
        }
        return out;
    }

    /** The attribute for a stored value of {@code type}; {@code NUL} for null. Arrays need their column ({@link #encode(Column, Object)}). */
    static AttributeValue encode(FieldType type, Object value) {
        if (value == null) {
            return NULL;
        }
        return switch (type) {
            case STRING -> AttributeValue.fromS((String) value);
            case BOOLEAN -> AttributeValue.fromBool((Boolean) value);
            case BYTE, SHORT, INT, LONG -> AttributeValue.fromN(value.toString());
            case FLOAT, DOUBLE -> AttributeValue.fromN(finite(((Number) value).doubleValue(), value));
            case DECIMAL -> AttributeValue.fromN(decimal((BigDecimal) value));
            case UUID -> AttributeValue.fromS(value.toString());
            case BYTES -> AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) value));
            case INSTANT -> AttributeValue.fromS(TimeText.INSTANT.format((Instant) value));
            case LOCAL_DATE -> AttributeValue.fromS(value.toString());
            case LOCAL_DATE_TIME -> AttributeValue.fromS(TimeText.LOCAL_DATE_TIME.format((LocalDateTime) value));
            case LOCAL_TIME -> AttributeValue.fromS(LOCAL_TIME.format((LocalTime) value));
            case JSON -> JsonAttributes.encode((JsonNode) value);
            case ARRAY -> throw new IllegalStateException("an array is encoded with its column, which names the element type");
        };
    }

    /** DynamoDB numbers keep 38 significant digits, with magnitudes from 1E-130 to below 1E126. */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int magnitude = stripped.precision() - stripped.scale() - 1; // the exponent of the leading digit
        if (stripped.signum() != 0 && (stripped.precision() > 38 || magnitude >= 126 || magnitude < -130)) {
            throw new ValidationException("DynamoDB numbers cannot hold " + value + ": they keep at most 38 significant digits, "
                    + "with magnitudes from 1E-130 to below 1E126; round the value or store it as text");
        }
        return value.toPlainString();
    }

    /** DynamoDB numbers hold magnitudes from 1E-130 up to (not including) 1E126, and no NaN or infinity. */
    private static String finite(double d, Object value) {
        double magnitude = Math.abs(d);
        if (Double.isNaN(d) || Double.isInfinite(d) || magnitude >= 1e126 || (magnitude != 0 && magnitude < 1e-130)) {
            throw new ValidationException("DynamoDB numbers cannot hold " + value + ": they range over magnitudes from 1E-130 "
                    + "to below 1E126, without NaN or infinity; store another value or null");
        }
        return value.toString();
    }

    /** The Java value of the column's field in an attribute, or null when the item has none. */
    static Object decode(Column column, AttributeValue a) {
        if (a == null) {
            return null;
        }
        Object stored;
        if (column.type() == FieldType.JSON) {
            stored = JsonAttributes.decode(a); // a NUL attribute is JSON null, not a missing value
        } else if (column.type() == FieldType.ARRAY && a.hasL()) {
            List<Object> elements = new ArrayList<>(a.l().size());
            for (AttributeValue e : a.l()) {
                elements.add(decode(column.storage().element(), e));
            }
            stored = elements;
        } else {
            stored = decode(column.type(), a);
        }
        return column.storage().fromStored(stored);
    }

    /** The stored value of {@code type} in an attribute, or null when the item has none. */
    static Object decode(FieldType type, AttributeValue a) {
        if (a == null || Boolean.TRUE.equals(a.nul())) {
            return null;
        }
        return switch (type) {
            case STRING -> a.s();
            case BOOLEAN -> a.bool();
            case BYTE -> Byte.valueOf(a.n());
            case SHORT -> Short.valueOf(a.n());
            case INT -> Integer.valueOf(a.n());
            case LONG -> Long.valueOf(a.n());
            case FLOAT -> Float.valueOf(a.n());
            case DOUBLE -> Double.valueOf(a.n());
            case DECIMAL -> new BigDecimal(a.n());
            case UUID -> java.util.UUID.fromString(a.s());
            case BYTES -> a.b().asByteArray();
            case INSTANT -> Instant.parse(a.s());
            case LOCAL_DATE -> LocalDate.parse(a.s());
            case LOCAL_DATE_TIME -> LocalDateTime.parse(a.s());
            case LOCAL_TIME -> LocalTime.parse(a.s());
            case JSON -> JsonAttributes.decode(a);
            case ARRAY -> throw new IllegalStateException("an array is decoded with its column, which names the element type");
        };
    }

    /** The key attribute type of a column, or null when DynamoDB cannot key on it. */
    static ScalarAttributeType keyType(Column column) {
        return switch (column.type()) {
            case BOOLEAN, JSON, ARRAY -> null;
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL -> ScalarAttributeType.N;
            case BYTES -> ScalarAttributeType.B;
            default -> ScalarAttributeType.S;
        };
    }

    /** Compares two key attributes of one type the way DynamoDB orders them: numbers by value, strings by UTF-8 bytes, bytes unsigned. */
    static int compare(AttributeValue a, AttributeValue b) {
        if (a.n() != null && b.n() != null) {
            return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
        }
        if (a.s() != null && b.s() != null) {
            return java.util.Arrays.compareUnsigned(a.s().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    b.s().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (a.b() != null && b.b() != null) {
            return java.util.Arrays.compareUnsigned(a.b().asByteArray(), b.b().asByteArray());
        }
        return 0;
    }

    /** A text that is equal for equal values of the column's field: the identity of a unique side item. */
    static String identity(Column column, Object value) {
        FieldType type = column.type();
        Object stored = column.storage().toStored(value);
        return switch (type) {
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL ->
                    new BigDecimal(encode(type, stored).n()).stripTrailingZeros().toPlainString();
            case BYTES -> java.util.HexFormat.of().formatHex((byte[]) stored);
            case BOOLEAN -> stored.toString();
            case JSON, ARRAY -> throw new IllegalStateException("no unique index holds a " + type + " column: " + column.name());
            default -> encode(type, stored).s();
        };
    }
}
