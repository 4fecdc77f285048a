package dev.toasty.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java types a model field may have. Shared by the runtime schema builder and the annotation
 * processor, so both accept and refuse the same types. Each backend maps a type to its own storage.
 */
public enum FieldType {
    STRING(String.class, null),
    BOOLEAN(Boolean.class, boolean.class),
    BYTE(Byte.class, byte.class),
    SHORT(Short.class, short.class),
    INT(Integer.class, int.class),
    LONG(Long.class, long.class),
    FLOAT(Float.class, float.class),
    DOUBLE(Double.class, double.class),
    DECIMAL(BigDecimal.class, null),
    UUID(java.util.UUID.class, null),
    BYTES(byte[].class, null),
    INSTANT(Instant.class, null),
    LOCAL_DATE(LocalDate.class, null),
    LOCAL_DATE_TIME(LocalDateTime.class, null),
    LOCAL_TIME(java.time.LocalTime.class, null),
    /** A JSON document; its stored value is a Jackson {@code JsonNode} (JSON null a {@code NullNode}, SQL NULL a Java null). */
    JSON(Object.class, null),
    /** A list of scalars; its stored value is a {@code java.util.List} of the element type's stored values, without nulls. */
    ARRAY(java.util.List.class, null);

    private static final Map<String, FieldType> BY_NAME = Stream.of(values()).filter(t -> t != JSON && t != ARRAY)
            .flatMap(t -> t.primitive == null
                    ? Stream.of(Map.entry(t.boxed.getCanonicalName(), t))
                    : Stream.of(Map.entry(t.boxed.getCanonicalName(), t), Map.entry(t.primitive.getName(), t)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Class<?> boxed;
    private final Class<?> primitive;

    FieldType(Class<?> boxed, Class<?> primitive) {
        this.boxed = boxed;
        this.primitive = primitive;
    }

    /** The boxed (or only) Java class of values of this type. */
    public Class<?> javaType() {
        return boxed;
    }

    /** Whether the type is an integer type that a database identity can generate. */
    public boolean isIntegral() {
        return this == BYTE || this == SHORT || this == INT || this == LONG;
    }

    /** The type for a Java type name as written in source ({@code int}, {@code java.lang.String}, {@code byte[]}), or null. */
    public static FieldType forTypeName(String canonicalName) {
        return BY_NAME.get(canonicalName);
    }

    /** The type for a Java class, or null when Toasty cannot store it. */
    public static FieldType forClass(Class<?> type) {
        return forTypeName(type.getCanonicalName());
    }

    /** The names of all supported Java types, for error messages. */
    public static String supportedTypeNames() {
        return Stream.of(values()).filter(t -> t != JSON && t != ARRAY)
                .map(t -> t.primitive == null ? t.boxed.getSimpleName() : t.primitive.getName() + "/" + t.boxed.getSimpleName())
                .collect(Collectors.joining(", "));
    }

}
