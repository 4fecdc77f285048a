package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Relation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves the relation fields of every model against the others, at startup: foreign keys found by
 * name or given, inverse relations found by type or named, join models of many-to-many relations.
 * Every mistake is a {@link SchemaException} naming the model, the field and the fix.
 */
final class RelationResolver {

    /** A relation field as declared, before resolution. */
    record Declared(String model, String name, Relation.Kind kind, Class<?> target, AnnotatedElement element, int slot) {
    }

    private final Map<Class<?>, SchemaBuilder.Parsed> models;
    private final Map<Class<?>, List<Relation>> belongsTo = new LinkedHashMap<>();

    private RelationResolver(Map<Class<?>, SchemaBuilder.Parsed> models) {
        this.models = models;
    }

    static boolean isRelation(Class<?> type) {
        return type == BelongsTo.class || type == HasMany.class || type == HasOne.class;
    }

    static Declared declared(String model, String name, Class<?> wrapper, Type generic, AnnotatedElement element, int slot) {
        if (element instanceof java.lang.reflect.Field f && Modifier.isFinal(f.getModifiers())) {
            throw new SchemaException("Model " + model + " field " + name + " is final: Toasty sets relations when it "
                    + "loads them; remove final");
        }
        Relation.Kind kind = wrapper == BelongsTo.class ? Relation.Kind.BELONGS_TO
                : wrapper == HasMany.class ? Relation.Kind.HAS_MANY : Relation.Kind.HAS_ONE;
        Type argument = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
        if (argument instanceof ParameterizedType p) {
            argument = p.getRawType();
        }
        if (!(argument instanceof Class<?> target)) {
            throw new SchemaException("Model " + model + " field " + name + " is a " + wrapper.getSimpleName()
                    + " without a model type: declare it as " + wrapper.getSimpleName() + "<Target>");
        }
        return new Declared(model, name, kind, target, element, slot);
    }

    static Map<Class<?>, List<Relation>> resolve(Map<Class<?>, SchemaBuilder.Parsed> models) {
        RelationResolver resolver = new RelationResolver(models);
        for (SchemaBuilder.Parsed p : models.values()) {
            List<Relation> list = new ArrayList<>();
            for (Declared d : p.declared()) {
                if (d.kind() == Relation.Kind.BELONGS_TO) {
                    list.add(resolver.belongsTo(p, d));
                }
            }
            resolver.belongsTo.put(p.type(), list);
        }
        Map<Class<?>, List<Relation>> out = new LinkedHashMap<>();
        for (SchemaBuilder.Parsed p : models.values()) {
            Map<String, Relation> resolved = new LinkedHashMap<>();
            resolver.belongsTo.get(p.type()).forEach(r -> resolved.put(r.name(), r));
            for (Declared d : p.declared()) {
                requireOrphansOnHasMany(d);
                if (d.kind() != Relation.Kind.BELONGS_TO && !d.element().isAnnotationPresent(HasMany.Through.class)) {
                    resolved.put(d.name(), resolver.has(p, d));
                }
            }
            for (Declared d : p.declared()) {
                if (d.element().isAnnotationPresent(HasMany.Through.class)) {
                    resolved.put(d.name(), resolver.through(p, d, resolved));
                }
            }
            out.put(p.type(), p.declared().stream().map(d -> resolved.get(d.name())).toList());
        }
        return out;
    }

    /** {@code @HasMany.RemoveOrphans} means something on a has-many to the children only. */
    private static void requireOrphansOnHasMany(Declared d) {
        if (!d.element().isAnnotationPresent(HasMany.RemoveOrphans.class)) {
            return;
        }
        if (d.kind() != Relation.Kind.HAS_MANY) {
            throw error(d, "has @HasMany.RemoveOrphans, which is for a HasMany: "
                    + (d.kind() == Relation.Kind.HAS_ONE ? "saving the owner always replaces a loaded has-one's record" : "remove it"));
        }
        if (d.element().isAnnotationPresent(HasMany.Through.class)) {
            throw error(d, "has @HasMany.RemoveOrphans, but goes through a join model, whose links always follow the list: "
                    + "remove the annotation");
        }
    }

    /** The value a relation holds in a record read without including it. */
    static Object notLoaded(Relation r) {
        return switch (r.kind()) {
            case BELONGS_TO -> BelongsTo.notLoaded(r.qualifiedName());
            case HAS_MANY -> HasMany.notLoaded(r.qualifiedName());
            case HAS_ONE -> HasOne.notLoaded(r.qualifiedName());
        };
    }

    private Relation belongsTo(SchemaBuilder.Parsed p, Declared d) {
        BelongsTo.OnDelete onDeleteAnnotation = d.element().getAnnotation(BelongsTo.OnDelete.class);
        DeleteRule onDelete = onDeleteAnnotation == null ? DeleteRule.RESTRICT : onDeleteAnnotation.value();
        BelongsTo.Polymorphic poly = d.element().getAnnotation(BelongsTo.Polymorphic.class);
        if (poly != null) {
            return polymorphic(p, d, poly, onDelete);
        }
        SchemaBuilder.Parsed target = model(p, d, d.target());
        List<Field> targetKey = target.fields().stream().filter(Field::key).toList();
        BelongsTo.ForeignKey given = d.element().getAnnotation(BelongsTo.ForeignKey.class);
        List<String> names = given != null ? Arrays.asList(given.value())
                : targetKey.stream().map(k -> d.name() + Character.toUpperCase(k.name().charAt(0)) + k.name().substring(1)).toList();
        if (names.size() != targetKey.size()) {
            throw error(d, "names " + names.size() + " foreign key fields but " + target.type().getSimpleName() + " has a key of "
                    + targetKey.size() + " (" + names(targetKey) + "): name one field per key field, in that order");
        }
        List<Field> foreignKey = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Field key = targetKey.get(i);
            Field fk = field(p, names.get(i));
            if (fk == null) {
                throw error(d, "needs the foreign key field " + names.get(i) + " (a " + key.type().javaType().getSimpleName()
                        + " holding " + target.type().getSimpleName() + "." + key.name() + ")"
                        + (given == null ? ": add it, or name the fields with @BelongsTo.ForeignKey" : ": add it"));
            }
            if (fk.type() != key.type()) {
                throw error(d, "has the foreign key field " + fk.name() + " of type " + fk.javaType().getSimpleName() + ", but "
                        + target.type().getSimpleName() + "." + key.name() + " is a " + key.javaType().getSimpleName()
                        + ": give them the same type");
            }
            foreignKey.add(fk);
        }
        requireNullableForSetNull(d, onDelete, foreignKey);
        return new Relation(p.type(), d.name(), Relation.Kind.BELONGS_TO, List.of(target.type()), foreignKey, null, null,
                null, null, onDelete, foreignKey.stream().noneMatch(Field::nullable), false, d.slot());
    }

    private Relation polymorphic(SchemaBuilder.Parsed p, Declared d, BelongsTo.Polymorphic poly, DeleteRule onDelete) {
        Field typeField = field(p, poly.type());
        if (typeField == null || typeField.type() != FieldType.STRING) {
            throw error(d, "is polymorphic with type field " + poly.type() + ", which must be a String field of "
                    + p.type().getSimpleName() + " (it holds the target's model name)");
        }
        Field keyField = field(p, poly.key());
        if (keyField == null) {
            throw error(d, "is polymorphic with key field " + poly.key() + ", which " + p.type().getSimpleName() + " lacks");
        }
        List<Class<?>> targets = poly.types().length > 0 ? List.of(poly.types())
                : d.target().isSealed() ? List.of(d.target().getPermittedSubclasses()) : List.of();
        if (targets.isEmpty()) {
            throw error(d, "is polymorphic but names no target models: list them in @BelongsTo.Polymorphic(types = ...), "
                    + "or make " + d.target().getSimpleName() + " a sealed interface the targets implement");
        }
        for (Class<?> t : targets) {
            SchemaBuilder.Parsed target = model(p, d, t);
            if (!d.target().isAssignableFrom(t)) {
                throw error(d, "lists " + t.getSimpleName() + ", which is not a " + d.target().getSimpleName());
            }
            List<Field> key = target.fields().stream().filter(Field::key).toList();
            if (key.size() != 1 || key.get(0).type() != keyField.type()) {
                throw error(d, "needs every target to have a single key of the type of " + keyField.name() + " ("
                        + keyField.javaType().getSimpleName() + "); " + t.getSimpleName() + "'s key is " + names(key));
            }
        }
        if (onDelete == DeleteRule.SET_NULL) {
            requireNullableForSetNull(d, onDelete, List.of(keyField));
        }
        return new Relation(p.type(), d.name(), Relation.Kind.BELONGS_TO, targets, List.of(keyField), typeField, null, null,
                null, onDelete, !keyField.nullable(), false, d.slot());
    }

    private Relation has(SchemaBuilder.Parsed p, Declared d) {
        SchemaBuilder.Parsed target = model(p, d, d.target());
        List<Relation> candidates = belongsTo.get(target.type()).stream()
                .filter(r -> r.targets().contains(p.type())).toList();
        String mappedBy = d.kind() == Relation.Kind.HAS_MANY
                ? value(d.element().getAnnotation(HasMany.MappedBy.class))
                : value(d.element().getAnnotation(HasOne.MappedBy.class));
        Relation inverse;
        if (mappedBy != null) {
            inverse = candidates.stream().filter(r -> r.name().equals(mappedBy)).findFirst().orElseThrow(() -> error(d,
                    "is mapped by " + target.type().getSimpleName() + "." + mappedBy + ", which is not a BelongsTo<"
                            + p.type().getSimpleName() + "> of " + target.type().getSimpleName()
                            + candidateText(candidates)));
        } else if (candidates.size() == 1) {
            inverse = candidates.get(0);
        } else if (candidates.isEmpty()) {
            throw error(d, "needs " + target.type().getSimpleName() + " to point back with a BelongsTo<"
                    + p.type().getSimpleName() + "> field (and its foreign key field)");
        } else {
            throw error(d, "could use any of " + candidateText(candidates).substring(2)
                    + ": name the one that points here with @" + (d.kind() == Relation.Kind.HAS_MANY ? "HasMany" : "HasOne")
                    + ".MappedBy");
        }
        boolean required = d.element().isAnnotationPresent(HasOne.Required.class);
        boolean removeOrphans = d.element().isAnnotationPresent(HasMany.RemoveOrphans.class);
        return new Relation(p.type(), d.name(), d.kind(), List.of(target.type()), List.of(), null, inverse.name(), null, null,
                null, required, removeOrphans, d.slot());
    }

    private Relation through(SchemaBuilder.Parsed p, Declared d, Map<String, Relation> resolved) {
        String via = d.element().getAnnotation(HasMany.Through.class).value();
        Relation join = resolved.get(via);
        if (join == null || join.kind() != Relation.Kind.HAS_MANY || join.through() != null) {
            throw error(d, "goes through " + via + ", which must be a HasMany of " + p.type().getSimpleName()
                    + " to the join model (not itself a many-to-many)");
        }
        SchemaBuilder.Parsed target = model(p, d, d.target());
        List<Relation> reach = belongsTo.get(join.target()).stream()
                .filter(r -> !r.polymorphic() && r.target() == target.type() && !r.name().equals(join.inverse())).toList();
        if (reach.size() != 1) {
            throw error(d, "needs the join model " + join.target().getSimpleName() + " to have exactly one BelongsTo<"
                    + target.type().getSimpleName() + ">; it has " + reach.size());
        }
        return new Relation(p.type(), d.name(), Relation.Kind.HAS_MANY, List.of(target.type()), List.of(), null, null, via,
                reach.get(0).name(), null, false, false, d.slot());
    }

    private SchemaBuilder.Parsed model(SchemaBuilder.Parsed p, Declared d, Class<?> type) {
        SchemaBuilder.Parsed target = models.get(type);
        if (target == null) {
            throw error(d, "points at " + SchemaBuilder.nameOf(type) + ", which is not a model of this Toasty instance: "
                    + (type.isAnnotationPresent(dev.toasty.annotation.Model.class) ? "list it in Toasty.builder().models(...)"
                    : "annotate it with @Model and list it in Toasty.builder().models(...)"));
        }
        return target;
    }

    private static void requireNullableForSetNull(Declared d, DeleteRule onDelete, List<Field> foreignKey) {
        if (onDelete == DeleteRule.SET_NULL) {
            foreignKey.stream().filter(f -> !f.nullable()).findFirst().ifPresent(f -> {
                throw error(d, "is @OnDelete(SET_NULL) but its foreign key field " + f.name()
                        + " is required: make it nullable, or choose CASCADE or RESTRICT");
            });
        }
    }

    private static Field field(SchemaBuilder.Parsed p, String name) {
        return p.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static String value(HasMany.MappedBy a) {
        return a == null ? null : a.value();
    }

    private static String value(HasOne.MappedBy a) {
        return a == null ? null : a.value();
    }

    private static String candidateText(List<Relation> candidates) {
        return candidates.isEmpty() ? "" : "; candidates: "
                + candidates.stream().map(Relation::qualifiedName).collect(Collectors.joining(", "));
    }

    private static String names(List<Field> fields) {
        return fields.stream().map(Field::name).collect(Collectors.joining(", "));
    }

    private static SchemaException error(Declared d, String problem) {
        return new SchemaException("Model " + d.model() + " field " + d.name() + " " + problem);
    }
}
