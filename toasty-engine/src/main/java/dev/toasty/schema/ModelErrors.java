package dev.toasty.schema;

/**
 * The texts of model-definition errors. The runtime schema builder throws them as
 * {@link dev.toasty.SchemaException}s and the annotation processor reports them as compile errors,
 * so a user reads the same sentence in both places.
 */
public final class ModelErrors {

    private ModelErrors() {
    }

    public static String noKey(String model) {
        return "Model " + model + " has no key: mark the identifying field with @Key "
                + "(several fields for a composite key)";
    }

    public static String unsupportedType(String model, String field, String type) {
        return "Field " + model + "." + field + " has type " + type + ", which Toasty cannot store: "
                + "use one of " + FieldType.supportedTypeNames() + " (in a plain class, a transient field stays out of the table)";
    }

    public static String sameTable(String model, String otherModel, String table) {
        return "Models " + otherModel + " and " + model + " both map to table '" + table + "': "
                + "give one of them another name with @Table";
    }

    public static String indexOnMissingField(String model, String field) {
        return "Model " + model + " declares an @Index on field '" + field + "', which the model does not have: "
                + "name an existing field in @Index(fields = ...)";
    }

    public static String emptyIndex(String model) {
        return "Model " + model + " declares an @Index without fields: list them with @Index(fields = {...})";
    }

    /** A {@code @Version} field that is not a plain integer, or is a key or unique; {@code what} says which. */
    public static String badVersion(String model, String field, String what) {
        return "Field " + model + "." + field + " is @Version, which needs an int, long or short (or Integer, Long, Short) "
                + "that is neither a key, @Unique nor converted; it is " + what;
    }

    public static String badAuto(String model, String field, String type) {
        return "Field " + model + "." + field + " is @Auto but has type " + type
                + ": @Auto works on int/long keys (database identity) and UUID keys (UUID v7)";
    }

    public static String autoNotKey(String model, String field) {
        return "Field " + model + "." + field + " is @Auto but not the @Key: only a single-field key can be generated";
    }

    public static String autoComposite(String model, String field) {
        return "Field " + model + "." + field + " is @Auto in a composite key: generated values need a single-field key";
    }

    public static String noConstructor(String model) {
        return "Model " + model + " is a class without a no-argument constructor: add one (it may be private), "
                + "or make the model a record";
    }

    public static String notModel(String model) {
        return "Class " + model + " is not a model: annotate it with @Model";
    }

    public static String sameIndexName(String model, String otherModel, String index) {
        return "Index name '" + index + "' is used twice (by " + otherModel + " and " + model + "): index names are "
                + "shared by the whole schema, so give each @Index its own name (or leave name empty for a generated one)";
    }

    public static String finalField(String model, String field) {
        return "Field " + model + "." + field + " is final: Toasty sets the fields of a plain-class model when it reads a row; "
                + "remove final, or make the model a record";
    }

    public static String sameColumn(String model, String field, String otherField, String column) {
        return "Fields " + model + "." + otherField + " and " + model + "." + field + " both map to column '"
                + column + "': give one of them another name with @Column";
    }
}
