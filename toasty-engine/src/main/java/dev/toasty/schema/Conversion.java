package dev.toasty.schema;

/**
 * Not API: turns a field's Java values into the stored values of its column's {@link FieldType} and back
 * (an enum into its name, a {@code Duration} into nanoseconds, a record into a JSON tree). Made once per
 * field at startup; thread-safe. Neither method sees null.
 */
public interface Conversion {

    /** The stored value of a Java value; may refuse it with a {@code ValidationException} naming the field. */
    Object toStored(Object value);

    /** The Java value of a stored value read from the database. */
    Object fromStored(Object stored);
}
