package dev.toasty.schema;

import java.util.List;

/**
 * How a column stores values beyond its {@link FieldType}: the conversion from the field's Java type,
 * a declared decimal precision and scale, PostgreSQL {@code json} instead of {@code jsonb}, an array's
 * element type, a native enum's type name and labels.
 *
 * @param conversion Java value to stored value, or null when the Java value is stored as it is
 * @param precision  a {@code DECIMAL}'s declared digits, 0 when undeclared
 * @param scale      a {@code DECIMAL}'s declared digits after the point
 * @param jsonText   a {@code JSON} column stored as PostgreSQL {@code json} rather than {@code jsonb}
 * @param element    an {@code ARRAY}'s element type, null otherwise
 * @param enumType   the name of a native enum type (PostgreSQL {@code CREATE TYPE}), null otherwise
 * @param enumLabels the labels of a native enum, in declaration order; empty otherwise
 */
public record Storage(Conversion conversion, int precision, int scale, boolean jsonText, FieldType element,
                      String enumType, List<String> enumLabels) {

    public static final Storage PLAIN = new Storage(null, 0, 0, false, null, null, List.of());

    public Storage {
        enumLabels = List.copyOf(enumLabels);
    }

    public static Storage converted(Conversion conversion) {
        return new Storage(conversion, 0, 0, false, null, null, List.of());
    }

    public Storage withConversion(Conversion value) {
        return new Storage(value, precision, scale, jsonText, element, enumType, enumLabels);
    }

    /** Whether values pass through a conversion on their way to and from the database. */
    public boolean converts() {
        return conversion != null;
    }

    /** The stored value of a Java value (null stays null). */
    public Object toStored(Object value) {
        return value == null || conversion == null ? value : conversion.toStored(value);
    }

    /** The Java value of a stored value (null stays null). */
    public Object fromStored(Object stored) {
        return stored == null || conversion == null ? stored : conversion.fromStored(stored);
    }
}
