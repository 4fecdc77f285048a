package dev.toasty.schema;

/**
 * Reads and builds the instances of one model, by field and relation position ({@link Field#index()},
 * {@link Model#relationIndex}): what integrations (repositories, projections) use to read a record's key
 * or values without reflection. Built once per model when the schema is built; thread-safe.
 */
public interface RecordAccess {

    /** The value of field {@code index} of {@code instance}. */
    Object get(Object instance, int index);

    /** The value of relation {@code index} (its wrapper) of {@code instance}. */
    Object relation(Object instance, int index);

    /** All field values of {@code instance}, in field order. */
    Object[] values(Object instance);

    /** A new instance holding {@code values} (in field order), its relations not loaded. */
    Object create(Object[] values);

    /** A new instance holding {@code values} (in field order) and {@code relations} (in relation order). */
    Object create(Object[] values, Object[] relations);

    /** {@code instance} with field {@code index} set to {@code value}: a copy for records, the same object for classes. */
    Object with(Object instance, int index, Object value);

    /** {@code instance} with relation {@code index} set to {@code value}, as {@link #with} does for fields. */
    Object withRelation(Object instance, int index, Object value);
}
