package dev.toasty.processor;

/**
 * The texts of field-type mistakes only the processor reports, because the runtime cannot see them or has no
 * sentence for them (a raw {@code List}, a relation inside an embeddable, an embeddable that holds itself).
 * The others come from {@code dev.toasty.schema.TypeErrors} and {@code ModelErrors}, shared with the runtime;
 * these read the same way ({@code Model com.acme.User, field tags: ...}).
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static String rawType(String model, String field, String type, String example) {
        return prefix(model, field) + "a " + type + " without a type argument cannot be stored; declare it as " + example;
    }

    static String deferredRelation(String model, String field) {
        return prefix(model, field) + "a relation cannot be Deferred; relations are loaded only when included, "
                + "so declare it without Deferred";
    }

    static String deferredInEmbeddable(String model, String field) {
        return prefix(model, field) + "a component of an @Embeddable record cannot be Deferred; "
                + "defer the model's field instead, or make the component a plain value";
    }

    static String relationInEmbeddable(String model, String field, String wrapper) {
        return prefix(model, field) + "an @Embeddable record cannot hold a " + wrapper + "; declare the relation on the model";
    }

    static String embeddableModel(String type) {
        return type + " is both @Model and @Embeddable: a type is stored either in its own table or inside a model; "
                + "remove one of them";
    }

    static String embeddableCycle(String model, String field, String held) {
        return prefix(model, field) + "it holds " + held + ", which contains this field: an embedded record cannot contain "
                + "itself (directly or through other embeddables); store it as @Json instead";
    }

    private static String prefix(String model, String field) {
        return "Model " + model + ", field " + field + ": ";
    }
}
