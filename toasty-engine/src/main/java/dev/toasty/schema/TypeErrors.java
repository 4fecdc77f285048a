package dev.toasty.schema;

/**
 * The texts of mistakes in field types (enums, decimals, converters, embedded records, deferred fields),
 * shared by the schema builder at startup and the annotation processor at compile time.
 */
public final class TypeErrors {

    private TypeErrors() {
    }

    public static String enumCodeMissing(String model, String field, String enumType, String constant) {
        return "Model " + model + ", field " + field + ": it is stored as @Enumerated(EnumStorage.CODE), but constant " + constant
                + " of " + enumType + " has no @EnumCode; give every constant a code";
    }

    public static String enumDuplicate(String model, String field, String enumType, String stored) {
        return "Model " + model + ", field " + field + ": two constants of " + enumType + " are stored as " + stored
                + "; give each constant its own @EnumName or @EnumCode";
    }

    public static String notEnum(String model, String field) {
        return "Model " + model + ", field " + field + ": @Enumerated applies to enum fields only";
    }

    public static String badDecimal(String model, String field, String why) {
        return "Model " + model + ", field " + field + ": " + why;
    }

    public static String badConverter(String model, String field, String converter, String why) {
        return "Model " + model + ", field " + field + ": converter " + converter + " " + why;
    }

    public static String notEmbeddable(String model, String field, String type) {
        return "Model " + model + ", field " + field + ": " + type + " is a record Toasty does not know how to store; "
                + "mark it @Embeddable to store its components as columns, or @Json to store it as one JSON document";
    }

    public static String embeddableNotRecord(String type) {
        return type + " is marked @Embeddable but is not a record: embeddable types are records";
    }

    public static String badElement(String model, String field, String element) {
        return "Model " + model + ", field " + field + ": a list or set of " + element + " cannot be stored as an array "
                + "(elements may be String, Integer, Long, Double, Boolean, UUID, BigDecimal, LocalDate or an enum); "
                + "mark the field @Json to store it as a JSON document";
    }

    public static String badDeferred(String model, String field, String type) {
        return "Model " + model + ", field " + field + ": Deferred<" + type + "> is not supported; a deferred field holds "
                + "one column (text, bytes, JSON, a number...), not an embedded record or a date-time with a zone";
    }

    public static String notIndexable(String model, String field, String what, String kind) {
        return "Model " + model + ", field " + field + ": a " + kind + " field cannot be " + what
                + "; key, unique and indexed fields hold scalars";
    }
}
