package dev.toasty.processor;

import dev.toasty.schema.FieldType;

import javax.lang.model.type.TypeMirror;

/**
 * How a model field or embeddable component is stored and queried, as far as the processor needs it: its
 * kind, the Java type of its value ({@code valueType}, boxed, without {@code Deferred}) and the details of
 * its kind. Shared by the checks (may it be a key?) and the metamodel writers (which path?).
 *
 * @param scalar the {@link FieldType} of a {@link Kind#SCALAR} value, else null
 * @param element the element type of an {@link Kind#ARRAY}, else null
 * @param embeddable the record of an {@link Kind#EMBEDDED} value, else null
 * @param stored the shape of the stored type of a {@link Kind#CONVERTED} value, else null
 */
record FieldShape(Kind kind, TypeMirror valueType, FieldType scalar, TypeMirror element, EmbeddableType embeddable,
                  FieldShape stored, boolean deferred) {

    /** The kinds of fields, by how their path and storage differ. */
    enum Kind {
        /** A type {@link FieldType} names: {@code String}, {@code int}, {@code Instant}, {@code LocalTime}, ... */
        SCALAR,
        /** {@code char}, {@code Character} and {@code Duration}: one column of another type, ordered as in Java. */
        COMPARABLE,
        /** {@code OffsetDateTime} and {@code ZonedDateTime}: the instant, plus a second column for the zone. */
        ZONED,
        ENUM,
        /** A {@code List} or {@code Set} of scalars. */
        ARRAY,
        /** A JSON document: {@code @Json}, {@code JsonNode} or {@code Map}. */
        JSON,
        /** An {@code @Embeddable} record: one column per component. */
        EMBEDDED,
        /** A {@code @Convert} field: stored as its converter's stored type. */
        CONVERTED
    }

    static FieldShape of(Kind kind, TypeMirror valueType) {
        return new FieldShape(kind, valueType, null, null, null, null, false);
    }

    static FieldShape scalar(FieldType scalar, TypeMirror valueType) {
        return new FieldShape(Kind.SCALAR, valueType, scalar, null, null, null, false);
    }

    static FieldShape array(TypeMirror valueType, TypeMirror element) {
        return new FieldShape(Kind.ARRAY, valueType, null, element, null, null, false);
    }

    static FieldShape embedded(EmbeddableType embeddable) {
        return new FieldShape(Kind.EMBEDDED, embeddable.type().asType(), null, null, embeddable, null, false);
    }

    static FieldShape converted(TypeMirror valueType, FieldShape stored) {
        return new FieldShape(Kind.CONVERTED, valueType, null, null, null, stored, false);
    }

    FieldShape asDeferred() {
        return new FieldShape(kind, valueType, scalar, element, embeddable, stored, true);
    }

    /** The embeddable whose components hold the value: its own, or its converter's stored one; else null. */
    EmbeddableType columnsOf() {
        return kind == Kind.CONVERTED ? stored.embeddable() : embeddable;
    }

    /** Whether the value is stored in more than one column. */
    boolean multiColumn() {
        return kind == Kind.ZONED || columnsOf() != null || kind == Kind.CONVERTED && stored.kind() == Kind.ZONED;
    }

    /**
     * What keeps the field from being a key, unique, {@code @Auto} or indexed, in the runtime's words
     * ({@code "JSON"}, as in "a JSON field"), or null when it can be: those need one plain column.
     */
    String notIndexable() {
        if (multiColumn()) {
            return "multi-column";
        }
        if (deferred) {
            return "deferred";
        }
        Kind storedKind = kind == Kind.CONVERTED ? stored.kind() : kind;
        return storedKind == Kind.JSON ? "JSON" : storedKind == Kind.ARRAY ? "list" : null;
    }
}
