package dev.toasty.schema;

import dev.toasty.SchemaException;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The verified schema of one {@code Toasty} instance: its models (app layer) and tables (db layer).
 * Built once at startup; immutable and thread-safe.
 */
public final class Schema {

    private final Map<Class<?>, Model> models;

    public Schema(Map<Class<?>, Model> models) {
        this.models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }

    /** The model of a class, or an error naming the class and how to register it. */
    public Model model(Class<?> type) {
        Model model = models.get(type);
        if (model == null) {
            throw new SchemaException("Class " + (type.getCanonicalName() != null ? type.getCanonicalName() : type.getName())
                    + " is not a model of this Toasty instance: "
                    + "annotate it with @Model and list it in Toasty.builder().models(...)");
        }
        return model;
    }

    /** The models, in the order they were given to the builder. */
    public Collection<Model> models() {
        return models.values();
    }

    public List<Table> tables() {
        return models.values().stream().map(Model::table).toList();
    }
}
