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
import dev.toasty.schema.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
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
        Map<Class<?>, dev.toasty.schema.Model> models = new LinkedHashMap<>();
        Map<String, Class<?>> tables = new LinkedHashMap<>();
        Map<String, Class<?>> indexNames = new LinkedHashMap<>();
        for (Class<?> type : types) {
            if (models.containsKey(type)) {
                continue;
            }
            dev.toasty.schema.Model model = model(type);
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
        return new Schema(models);
    }

    static dev.toasty.schema.Model model(Class<?> type) {
        String name = nameOf(type);
        if (!type.isAnnotationPresent(Model.class)) {
            throw new SchemaException(ModelErrors.notModel(name));
        }
        Table tableAnnotation = type.getAnnotation(Table.class);
        String table = tableAnnotation != null ? tableAnnotation.value() : Naming.tableName(type.getSimpleName());
        List<Member> members = members(type);
        List<Field> fields = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Field field = field(name, table, members.get(i), i);
            String previous = columns.putIfAbsent(field.column().name().toLowerCase(java.util.Locale.ROOT), field.name());
            if (previous != null) {
                throw new SchemaException(ModelErrors.sameColumn(name, field.name(), previous, field.column().name()));
            }
            fields.add(field);
        }
        verifyKey(name, fields);
        try {
            ModelMapper mapper = type.isRecord()
                    ? ModelMapper.forRecord(type, type.getRecordComponents())
                    : ModelMapper.forClass(type, members.stream().map(m -> (java.lang.reflect.Field) m.element()).toList(), name);
            return new dev.toasty.schema.Model(type, TableBuilder.table(type, table, fields), fields, mapper);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new SchemaException("Model " + name + " cannot be read or built by Toasty: " + e, e);
        }
    }

    static String nameOf(Class<?> type) {
        return type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    }

    private record Member(String name, Class<?> type, AnnotatedElement element, AnnotatedType annotatedType) {
    }

    private static List<Member> members(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map((RecordComponent c) -> new Member(c.getName(), c.getType(), c, c.getAnnotatedType()))
                    .toList();
        }
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && !f.isSynthetic())
                .map(f -> new Member(f.getName(), f.getType(), f, f.getAnnotatedType()))
                .toList();
    }

    private static Field field(String model, String table, Member member, int index) {
        FieldType fieldType = FieldType.forClass(member.type());
        if (fieldType == null) {
            throw new SchemaException(ModelErrors.unsupportedType(model, member.name(), member.type().getTypeName()));
        }
        if (member.element() instanceof java.lang.reflect.Field f && Modifier.isFinal(f.getModifiers())) {
            throw new SchemaException(ModelErrors.finalField(model, member.name()));
        }
        AnnotatedElement e = member.element();
        boolean key = e.isAnnotationPresent(Key.class);
        boolean auto = e.isAnnotationPresent(Auto.class);
        boolean unique = e.isAnnotationPresent(Unique.class);
        boolean required = member.type().isPrimitive() || key || e.isAnnotationPresent(Required.class)
                || hasRequiredAnnotation(e.getAnnotations()) || hasRequiredAnnotation(member.annotatedType().getAnnotations());
        if (auto && !(fieldType.isIntegral() || fieldType == FieldType.UUID)) {
            throw new SchemaException(ModelErrors.badAuto(model, member.name(), member.type().getSimpleName()));
        }
        if (auto && !key) {
            throw new SchemaException(ModelErrors.autoNotKey(model, member.name()));
        }
        Column columnAnnotation = e.getAnnotation(Column.class);
        String column = columnAnnotation != null ? columnAnnotation.value() : Naming.snakeCase(member.name());
        var dbColumn = new dev.toasty.schema.Column(table, column, fieldType, !required, auto && fieldType.isIntegral(), index);
        return new Field(member.name(), index, fieldType, member.type(), !required, key, auto, unique, dbColumn);
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
