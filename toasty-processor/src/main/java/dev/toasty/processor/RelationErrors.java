package dev.toasty.processor;

/**
 * The texts of relation mistakes found at compile time. They read as the runtime's relation checks do
 * ({@code Model com.acme.Post field author ...}), so a user meets the same sentence in both places.
 */
final class RelationErrors {

    private RelationErrors() {
    }

    static String finalRelation(String model, String field) {
        return prefix(model, field) + "is final: Toasty sets relations when it loads them; remove final";
    }

    static String noTargetType(String model, String field, String wrapper) {
        return prefix(model, field) + "is a " + wrapper + " without a model type: declare it as " + wrapper + "<Target>";
    }

    static String notModel(String model, String field, String target) {
        return prefix(model, field) + "points at " + target + ", which is not a model: annotate it with @Model";
    }

    static String foreignKeyCount(String model, String field, int count, String target, int keySize, String keyNames) {
        return prefix(model, field) + "names " + count + " foreign key fields but " + target + " has a key of " + keySize
                + " (" + keyNames + "): name one field per key field, in that order";
    }

    /** A foreign key field the model lacks; {@code holding} ("a Long holding User.id") is null when the target's key is unknown. */
    static String missingForeignKey(String model, String field, String foreignKey, String holding, boolean given) {
        return prefix(model, field) + "needs the foreign key field " + foreignKey + (holding == null ? "" : " (" + holding + ")")
                + (given ? ": add it" : ": add it, or name the fields with @BelongsTo.ForeignKey");
    }

    static String foreignKeyType(String model, String field, String foreignKey, String type, String targetKey, String keyType) {
        return prefix(model, field) + "has the foreign key field " + foreignKey + " of type " + type + ", but " + targetKey
                + " is a " + keyType + ": give them the same type";
    }

    static String polymorphicType(String model, String field, String typeField, String modelSimpleName) {
        return prefix(model, field) + "is polymorphic with type field " + typeField + ", which must be a String field of "
                + modelSimpleName + " (it holds the target's model name)";
    }

    static String polymorphicKey(String model, String field, String keyField, String modelSimpleName) {
        return prefix(model, field) + "is polymorphic with key field " + keyField + ", which " + modelSimpleName + " lacks";
    }

    static String polymorphicNoTargets(String model, String field, String target) {
        return prefix(model, field) + "is polymorphic but names no target models: list them in "
                + "@BelongsTo.Polymorphic(types = ...), or make " + target + " a sealed interface the targets implement";
    }

    static String polymorphicNotSubtype(String model, String field, String listed, String target) {
        return prefix(model, field) + "lists " + listed + ", which is not a " + target;
    }

    static String polymorphicKeyType(String model, String field, String keyField, String keyType, String listed, String key) {
        return prefix(model, field) + "needs every target to have a single key of the type of " + keyField + " (" + keyType
                + "); " + listed + "'s key is " + key;
    }

    static String through(String model, String field, String via, String modelSimpleName) {
        return prefix(model, field) + "goes through " + via + ", which must be a HasMany of " + modelSimpleName
                + " to the join model (not itself a many-to-many)";
    }

    private static String prefix(String model, String field) {
        return "Model " + model + " field " + field + " ";
    }
}
