package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Column;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Unique;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.Naming;
import dev.toasty.schema.Relation;
import dev.toasty.schema.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the verified {@link Schema} from annotated model classes, once, at startup. Every mistake is a
 * {@link SchemaException} naming the class, the field and the fix (texts from {@link ModelErrors}).
 */
public final class SchemaBuilder {

    private static final Set<String> REQUIRED_ANNOTATIONS = Set.of("NonNull", "NotNull", "Nonnull");

    private SchemaBuilder() {
    }

    public static Schema build(List<Class<?>> types) {
        Map<Class<?>, Parsed> parsed = new LinkedHashMap<>();
        for (Class<?> type : types) {
            if (!parsed.containsKey(type)) {
                parsed.put(type, parse(type));
            }
        }
        Map<Class<?>, List<Relation>> relations = RelationResolver.resolve(parsed);
        Map<Class<?>, dev.toasty.schema.Model> models = new LinkedHashMap<>();
        Map<String, Class<?>> tables = new LinkedHashMap<>();
        Map<String, Class<?>> indexNames = new LinkedHashMap<>();
        for (Parsed p : parsed.values()) {
            dev.toasty.schema.Model model = model(p, relations.get(p.type()), parsed);
            Class<?> type = p.type();
            Class<?> other = tables.putIfAbsent(model.table().name().toLowerCase(java.util.Locale.ROOT), type);
            if (other != null) {
                throw new SchemaException(ModelErrors.sameTable(nameOf(type), nameOf(other), model.table().name()));
            }
            for (var index : model.table().indexes()) {
                Class<?> owner = indexNames.putIfAbsent(index.name().toLowerCase(java.util.Locale.ROOT), type);
                if (owner != null) {
                    throw new SchemaException(ModelErrors.sameIndexName(nameOf(type), owner == type ? nameOf(type) : nameOf(owner),
                            index.name()));
                }
            }
            models.put(type, model);
        }
        return new Schema(models, models.values().stream().anyMatch(m -> m.records() instanceof ModelMapper mm && mm.hasSpans()));
    }

    /** A model class read, before its relations are resolved against the other models. */
    record Parsed(Class<?> type, String name, String table, List<Field> fields, List<RelationResolver.Declared> declared,
                  ModelMapper mapper) {
    }

    private static Parsed parse(Class<?> type) {
        String name = nameOf(type);
        if (!type.isAnnotationPresent(Model.class)) {
            throw new SchemaException(ModelErrors.notModel(name));
        }
        Table tableAnnotation = type.getAnnotation(Table.class);
        String table = tableAnnotation != null ? tableAnnotation.value() : Naming.tableName(type.getSimpleName());
        List<Member> members = members(type);
        List<Field> fields = new ArrayList<>();
        List<RelationResolver.Declared> declared = new ArrayList<>();
        List<Integer> fieldSlots = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        Slot[] slots = new Slot[members.size()];
        int[] offsets = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (RelationResolver.isRelation(member.type())) {
                declared.add(RelationResolver.declared(name, member.name(), member.type(), member.genericType(), member.element(), i));
                continue;
            }
            offsets[i] = fields.size();
            Resolved resolved = fields(name, table, member, fields.size());
            slots[i] = resolved.slot();
            for (Field field : resolved.fields()) {
                String previous = columns.putIfAbsent(field.column().name().toLowerCase(java.util.Locale.ROOT), field.name());
                if (previous != null) {
                    throw new SchemaException(ModelErrors.sameColumn(name, field.name(), previous, field.column().name()));
                }
                fields.add(field);
                fieldSlots.add(i);
            }
        }
        verifyKey(name, fields);
        List<String> versions = fields.stream().filter(Field::version).map(Field::name).toList();
        if (versions.size() > 1) {
            throw new SchemaException("Model " + name + " has " + versions.size() + " @Version fields (" + String.join(", ", versions)
                    + "): a model has at most one");
        }
        int[] fieldSlotArray = fieldSlots.stream().mapToInt(Integer::intValue).toArray();
        int[] relationSlots = declared.stream().mapToInt(RelationResolver.Declared::slot).toArray();
        try {
            ModelMapper mapper = type.isRecord()
                    ? ModelMapper.forRecord(type, type.getRecordComponents(), fieldSlotArray, relationSlots)
                    : ModelMapper.forClass(type, members.stream().map(m -> (java.lang.reflect.Field) m.element()).toList(), name,
                            fieldSlotArray, relationSlots);
            mapper.slots(slots, offsets, members.stream().map(Member::name).toArray(String[]::new));
            return new Parsed(type, name, table, fields, declared, mapper);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new SchemaException("Model " + name + " cannot be read or built by Toasty: " + e, e);
        }
    }

    private static dev.toasty.schema.Model model(Parsed p, List<Relation> relations, Map<Class<?>, Parsed> all) {
        List<List<dev.toasty.schema.Column>> lookups = new ArrayList<>();
        List<dev.toasty.schema.ForeignKey> foreignKeys = new ArrayList<>();
        Object[] unloaded = new Object[relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            unloaded[i] = RelationResolver.notLoaded(r);
            if (r.kind() != Relation.Kind.BELONGS_TO) {
                continue;
            }
            List<dev.toasty.schema.Column> columns = new ArrayList<>(r.foreignKey().stream().map(Field::column).toList());
            if (r.polymorphic()) {
                columns.add(r.typeField().column());
            } else {
                Parsed target = all.get(r.target());
                List<dev.toasty.schema.Column> referenced = target.fields().stream().filter(Field::key).map(Field::column).toList();
                foreignKeys.add(new dev.toasty.schema.ForeignKey(TableBuilder.foreignKeyName(p.table(), columns), columns,
                        target.table(), referenced, r.onDelete()));
            }
            lookups.add(columns);
        }
        p.mapper().unloaded(unloaded);
        return new dev.toasty.schema.Model(p.type(), TableBuilder.table(p.type(), p.table(), p.fields(), lookups, foreignKeys),
                p.fields(), relations, p.mapper());
    }

    private static final java.util.Set<Class<?>> VERSION_TYPES = java.util.Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class);

    static String nameOf(Class<?> type) {
        return type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    }

    private record Member(String name, Class<?> type, java.lang.reflect.Type genericType, AnnotatedElement element,
                          AnnotatedType annotatedType) {
    }

    private static List<Member> members(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map((RecordComponent c) -> new Member(c.getName(), c.getType(), c.getGenericType(), c, c.getAnnotatedType()))
                    .toList();
        }
        List<Member> out = new ArrayList<>();
        Map<String, Class<?>> declaredBy = new HashMap<>();
        for (Class<?> c : hierarchy(type)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                Class<?> earlier = declaredBy.putIfAbsent(f.getName(), c);
                if (earlier != null) {
                    throw new SchemaException("Field " + nameOf(type) + "." + f.getName() + " is declared twice, in "
                            + nameOf(earlier) + " and in " + nameOf(c) + ": rename one, or mark one transient");
                }
                if (f.getGenericType() instanceof java.lang.reflect.TypeVariable<?> v) {
                    throw new SchemaException("Field " + nameOf(type) + "." + f.getName() + " (declared in " + nameOf(c)
                            + ") has the type variable " + v.getName() + ": Toasty stores fields of a declared type; give "
                            + "it one (for example Long instead of ID)");
                }
                out.add(new Member(f.getName(), f.getType(), f.getGenericType(), f, f.getAnnotatedType()));
            }
        }
        return out;
    }

    /**
     * A plain class's stored classes, superclasses first: its own fields come after those it inherits, as a JPA
     * mapped superclass's do. The JDK's classes (a superclass like {@code Object}) hold none.
     */
    private static List<Class<?>> hierarchy(Class<?> type) {
        java.util.ArrayDeque<Class<?>> chain = new java.util.ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        return List.copyOf(chain);
    }

    private record Resolved(List<Field> fields, Slot slot) {
    }

    /** The fields a member spans (one, or several for an embedded record or a date-time with a zone). */
    private static Resolved fields(String model, String table, Member member, int index) {
        if (member.element() instanceof java.lang.reflect.Field f && Modifier.isFinal(f.getModifiers())) {
            throw new SchemaException(ModelErrors.finalField(model, member.name()));
        }
        AnnotatedElement e = member.element();
        boolean key = e.isAnnotationPresent(Key.class);
        boolean auto = e.isAnnotationPresent(Auto.class);
        boolean unique = e.isAnnotationPresent(Unique.class);
        boolean required = member.type().isPrimitive() || key || e.isAnnotationPresent(Required.class)
                || hasRequiredAnnotation(e.getAnnotations()) || hasRequiredAnnotation(member.annotatedType().getAnnotations());
        Column columnAnnotation = e.getAnnotation(Column.class);
        String column = columnAnnotation != null ? columnAnnotation.value() : Naming.snakeCase(member.name());
        TypeResolver.Resolved resolved = TypeResolver.resolve(model, table, member.name(), column, member.type(),
                member.genericType(), e, !required);
        if (!resolved.single() || resolved.leaves().get(0).deferred()
                || resolved.leaves().get(0).type() == FieldType.JSON || resolved.leaves().get(0).type() == FieldType.ARRAY) {
            String kind = !resolved.single() ? "multi-column" : resolved.leaves().get(0).deferred() ? "deferred"
                    : resolved.leaves().get(0).type() == FieldType.JSON ? "JSON" : "list";
            if (key || unique || auto) {
                throw new SchemaException(dev.toasty.schema.TypeErrors.notIndexable(model, member.name(),
                        key ? "a key" : unique ? "unique" : "@Auto", kind));
            }
        }
        FieldType fieldType = resolved.leaves().get(0).type();
        boolean converted = resolved.leaves().get(0).storage().converts();
        if (auto && (converted || !(fieldType.isIntegral() || fieldType == FieldType.UUID))) {
            throw new SchemaException(ModelErrors.badAuto(model, member.name(), member.type().getSimpleName()));
        }
        if (auto && !key) {
            throw new SchemaException(ModelErrors.autoNotKey(model, member.name()));
        }
        boolean version = e.isAnnotationPresent(dev.toasty.annotation.Version.class);
        if (version && (key || unique || converted || !resolved.single() || !VERSION_TYPES.contains(member.type()))) {
            throw new SchemaException(ModelErrors.badVersion(model, member.name(),
                    key ? "a key" : unique ? "@Unique" : converted ? "converted" : member.type().getSimpleName()));
        }
        List<Field> out = new ArrayList<>();
        for (TypeResolver.Leaf leaf : resolved.leaves()) {
            int at = index + out.size();
            var dbColumn = new dev.toasty.schema.Column(table, leaf.column(), leaf.type(), leaf.nullable(), auto && fieldType.isIntegral(),
                    at, leaf.storage());
            out.add(new Field(leaf.name(), at, leaf.type(), resolved.single() ? member.type() : leaf.javaType(), leaf.nullable(),
                    key, auto, unique, dbColumn, leaf.deferred(), version));
        }
        return new Resolved(out, resolved.slot());
    }

    private static boolean hasRequiredAnnotation(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (REQUIRED_ANNOTATIONS.contains(a.annotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static void verifyKey(String model, List<Field> fields) {
        List<Field> key = fields.stream().filter(Field::key).toList();
        if (key.isEmpty()) {
            throw new SchemaException(ModelErrors.noKey(model));
        }
        if (key.size() > 1) {
            key.stream().filter(Field::auto).findFirst().ifPresent(f -> {
                throw new SchemaException(ModelErrors.autoComposite(model, f.name()));
            });
        }
    }

    static Index[] indexes(Class<?> type) {
        return type.getAnnotationsByType(Index.class);
    }
}
