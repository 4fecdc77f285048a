package dev.toasty.schema;

/**
 * A field of the app layer and the column it maps to. {@code index} is the field's position in the
 * model (record component order, or declared field order for classes).
 */
public record Field(String name, int index, FieldType type, Class<?> javaType, boolean nullable,
                    boolean key, boolean auto, boolean unique, Column column) {

    /** Whether Java can hold null in this field (false for primitives). */
    public boolean isPrimitive() {
        return javaType.isPrimitive();
    }
}
