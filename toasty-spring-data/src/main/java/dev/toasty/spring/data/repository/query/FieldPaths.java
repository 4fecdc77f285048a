package dev.toasty.spring.data.repository.query;

import dev.toasty.query.Metamodel;
import dev.toasty.query.Path;
import dev.toasty.query.RelationPath;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Not API: the query paths of one model's fields and relations, made once from the schema (as the
 * generated metamodel would declare them), so that repositories build filters, orders and includes
 * by name. Immutable.
 */
public final class FieldPaths {

    private final Model model;
    private final Map<String, Path<Object, Object>> paths = new HashMap<>();
    private final Map<String, RelationPath<Object, Object>> relations = new HashMap<>();

    @SuppressWarnings("unchecked")
    private FieldPaths(Model model) {
        this.model = model;
        for (Field field : model.fields()) {
            paths.put(field.name(), create(model.type(), field));
        }
        for (Relation relation : model.relations()) {
            relations.put(relation.name(), Metamodel.relation((Class<Object>) model.type(), relation.name(),
                    (Class<Object>) relation.target()));
        }
    }

    public static FieldPaths of(Model model) {
        return new FieldPaths(model);
    }

    public Model model() {
        return model;
    }

    /** Whether the model has a field of that name. */
    public boolean has(String field) {
        return paths.containsKey(field);
    }

    /** The path of a field; the caller has checked that it exists. */
    public Path<Object, Object> path(String field) {
        Path<Object, Object> path = paths.get(field);
        if (path == null) {
            model.field(field);
        }
        return path;
    }

    /** Whether the model has a relation of that name. */
    public boolean hasRelation(String name) {
        return relations.containsKey(name);
    }

    /** The path of a relation, as {@code User_.posts}; the caller has checked that it exists. */
    public RelationPath<Object, Object> relation(String name) {
        RelationPath<Object, Object> path = relations.get(name);
        if (path == null) {
            model.relation(name);
        }
        return path;
    }

    /** "the fields a, b and the relations c, d", for messages. */
    public String describe() {
        String fields = model.fields().stream().map(Field::name).collect(Collectors.joining(", "));
        return model.relations().isEmpty() ? "the fields " + fields : "the fields " + fields + " and the relations "
                + model.relations().stream().map(Relation::name).collect(Collectors.joining(", "));
    }

    /** Whether values of the type have an order (range comparisons and sorting). */
    public static boolean isComparable(FieldType type) {
        return type != FieldType.BOOLEAN && type != FieldType.BYTES;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Path<Object, Object> create(Class<?> type, Field field) {
        Class<Object> model = (Class<Object>) type;
        Class<?> java = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(field.javaType());
        if (field.column().storage().converts() || field.type() == FieldType.JSON || field.type() == FieldType.ARRAY) {
            // a converted value is compared as the Java value and converted when bound; ordered ones keep their ranges
            return Comparable.class.isAssignableFrom(java) && !java.isEnum() && field.type() != FieldType.JSON
                    ? (Path) Metamodel.comparable(model, field.name(), (Class) java)
                    : Metamodel.path(model, field.name(), (Class<Object>) java);
        }
        return switch (field.type()) {
            case STRING -> (Path) Metamodel.string(model, field.name());
            case BOOLEAN -> (Path) Metamodel.bool(model, field.name());
            case BYTES -> Metamodel.path(model, field.name(), (Class<Object>) field.type().javaType());
            default -> (Path) Metamodel.comparable(model, field.name(), (Class) field.type().javaType());
        };
    }
}
