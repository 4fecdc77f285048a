package dev.toasty.schema;

/**
 * A field of the app layer and the column it maps to. {@code index} is the field's position among the
 * model's fields, which is also its column's position. A record component that spans several columns
 * (an embedded record, a {@code ZonedDateTime}) is several fields, named with dots ({@code address.city},
 * {@code createdAt.zone}). {@code javaType} is the type of the values the engine carries for the field;
 * the column's {@link Storage} turns them into stored values. A {@code deferred} field is left out of
 * the default select. A {@code version} field is the model's optimistic lock ({@code @Version}).
 */
public record Field(String name, int index, FieldType type, Class<?> javaType, boolean nullable,
                    boolean key, boolean auto, boolean unique, Column column, boolean deferred, boolean version) {

    public Field(String name, int index, FieldType type, Class<?> javaType, boolean nullable,
                 boolean key, boolean auto, boolean unique, Column column, boolean deferred) {
        this(name, index, type, javaType, nullable, key, auto, unique, column, deferred, false);
    }

    public Field(String name, int index, FieldType type, Class<?> javaType, boolean nullable,
                 boolean key, boolean auto, boolean unique, Column column) {
        this(name, index, type, javaType, nullable, key, auto, unique, column, false, false);
    }

    /** Whether Java can hold null in this field (false for primitives). */
    public boolean isPrimitive() {
        return javaType.isPrimitive();
    }

    /** The stored value of a Java value of this field. */
    public Object toStored(Object value) {
        return column.storage().toStored(value);
    }
}
