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

    private final Map<Class<?>, List<Relation>> pointingAt = new java.util.HashMap<>();

    private final boolean composites;

    /**
     * @param composites whether some model has a member stored in several fields (an embedded record), which
     *                   filters on it are expanded into
     */
    public Schema(Map<Class<?>, Model> models, boolean composites) {
        this.models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
        this.composites = composites;
        for (Model model : this.models.values()) {
            for (Relation r : model.relations()) {
                if (r.kind() == Relation.Kind.BELONGS_TO) {
                    r.targets().forEach(t -> pointingAt.computeIfAbsent(t, k -> new java.util.ArrayList<>()).add(r));
                }
            }
        }
    }

    /** The belongs-to relations of every model that point at {@code type}. */
    public List<Relation> pointingAt(Class<?> type) {
        return pointingAt.getOrDefault(type, List.of());
    }

    /** Whether some model has a member stored in several fields, which filters on it are expanded into. */
    public boolean hasComposites() {
        return composites;
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
