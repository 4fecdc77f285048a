package dev.toasty.internal.mapping;

import dev.toasty.Converter;
import dev.toasty.Deferred;
import dev.toasty.SchemaException;
import dev.toasty.annotation.Convert;
import dev.toasty.annotation.Decimal;
import dev.toasty.annotation.Embeddable;
import dev.toasty.annotation.EnumStorage;
import dev.toasty.annotation.Enumerated;
import dev.toasty.annotation.Json;
import dev.toasty.schema.Conversion;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.Naming;
import dev.toasty.schema.Storage;
import dev.toasty.schema.TypeErrors;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how a model member is stored: which fields (columns) it spans, their stored types and
 * conversions, and the {@link Slot} that splits and joins its value. Every mistake is a
 * {@link SchemaException} naming the model and the field.
 */
final class TypeResolver {

    private static final Set<FieldType> ELEMENTS = Set.of(FieldType.STRING, FieldType.INT, FieldType.LONG, FieldType.DOUBLE,
            FieldType.BOOLEAN, FieldType.UUID, FieldType.DECIMAL, FieldType.LOCAL_DATE);

    private TypeResolver() {
    }

    /** One field a member spans: its name under the member, column suffix, stored type, Java type and nullability. */
    record Leaf(String name, String column, FieldType type, Storage storage, Class<?> javaType, boolean nullable, boolean deferred) {
    }

    /** The fields of a member and its slot. */
    record Resolved(List<Leaf> leaves, Slot slot) {

        boolean single() {
            return leaves.size() == 1;
        }
    }

    /**
     * Resolves member {@code name} of {@code model}, whose column (or column prefix) is {@code column} in
     * {@code table}; {@code nullable} says whether the member may hold null.
     */
    static Resolved resolve(String model, String table, String name, String column, Class<?> raw, Type generic,
                            AnnotatedElement element, boolean nullable) {
        return new TypeResolver.Context(model, table).member(name, column, raw, generic, element, nullable);
    }

    private record Context(String model, String table) {

        private String label(String name) {
            return model + "." + name;
        }

        Resolved member(String name, String column, Class<?> raw, Type generic, AnnotatedElement element, boolean nullable) {
            if (raw == Deferred.class) {
                Type inner = argument(generic, 0);
                Class<?> innerRaw = rawClass(inner);
                if (innerRaw == null || innerRaw == Object.class) {
                    throw new SchemaException(TypeErrors.badDeferred(model, name, inner.getTypeName()));
                }
                Resolved r = member(name, column, innerRaw, inner, element, true);
                if (!r.single()) {
                    throw new SchemaException(TypeErrors.badDeferred(model, name, inner.getTypeName()));
                }
                Leaf l = r.leaves().get(0);
                return new Resolved(List.of(new Leaf(l.name(), l.column(), l.type(), l.storage(), l.javaType(), true, true)),
                        new Slot.DeferredSlot(model.substring(model.lastIndexOf('.') + 1) + "." + name));
            }
            Convert convert = element == null ? null : element.getAnnotation(Convert.class);
            if (convert != null) {
                return converted(name, column, raw, convert.value(), nullable);
            }
            if (raw == ZonedDateTime.class || raw == OffsetDateTime.class) {
                Storage instant = Storage.converted(Conversions.INSTANT_OF);
                return new Resolved(List.of(new Leaf(name, column, FieldType.INSTANT, instant, raw, nullable, false),
                        new Leaf(name + ".zone", column + "_zone", FieldType.STRING, Storage.PLAIN, String.class, nullable, false)),
                        new Slot.ZonedSlot(raw == OffsetDateTime.class));
            }
            if (raw.isRecord() && raw.isAnnotationPresent(Embeddable.class) && (element == null || !element.isAnnotationPresent(Json.class))) {
                return embedded(name, column, raw, nullable);
            }
            if (raw.isAnnotationPresent(Embeddable.class) && !raw.isRecord()) {
                throw new SchemaException(TypeErrors.embeddableNotRecord(raw.getName()));
            }
            Leaf leaf = scalar(name, column, raw, generic, element, nullable);
            return new Resolved(List.of(leaf), Slot.PLAIN);
        }

        private Leaf scalar(String name, String column, Class<?> raw, Type generic, AnnotatedElement element, boolean nullable) {
            String label = label(name);
            String columnLabel = table + "." + column;
            Json json = element == null ? null : element.getAnnotation(Json.class);
            Enumerated enumerated = element == null ? null : element.getAnnotation(Enumerated.class);
            Decimal decimal = element == null ? null : element.getAnnotation(Decimal.class);
            if (enumerated != null && !raw.isEnum()) {
                throw new SchemaException(TypeErrors.notEnum(model, name));
            }
            if (decimal != null && raw != BigDecimal.class) {
                throw new SchemaException(TypeErrors.badDecimal(model, name, "@Decimal applies to BigDecimal fields only"));
            }
            if (json != null || isJsonType(raw, generic)) {
                Storage s = new Storage(Conversions.json(generic, label), 0, 0, json != null && !json.binary(), null, null, List.of());
                return new Leaf(name, column, FieldType.JSON, s, raw, nullable, false);
            }
            if (raw.isEnum()) {
                EnumStorage how = enumerated == null ? EnumStorage.NAME : enumerated.value();
                return new Leaf(name, column, how == EnumStorage.CODE ? FieldType.INT : FieldType.STRING,
                        enumStorage(name, raw, how, columnLabel), raw, nullable, false);
            }
            if (raw == char.class || raw == Character.class) {
                return new Leaf(name, column, FieldType.INT, Storage.converted(Conversions.CHAR), raw, nullable, false);
            }
            if (raw == Duration.class) {
                return new Leaf(name, column, FieldType.LONG, Storage.converted(Conversions.duration(label)), raw, nullable, false);
            }
            if (raw == List.class || raw == Set.class) {
                return array(name, column, raw, generic, nullable);
            }
            FieldType type = FieldType.forClass(raw);
            if (type == null) {
                if (raw.isRecord()) {
                    throw new SchemaException(TypeErrors.notEmbeddable(model, name, raw.getName()));
                }
                throw new SchemaException(ModelErrors.unsupportedType(model, name, generic.getTypeName()));
            }
            if (decimal != null) {
                if (decimal.precision() < 1 || decimal.scale() < 0 || decimal.scale() > decimal.precision()) {
                    throw new SchemaException(TypeErrors.badDecimal(model, name, "@Decimal(precision = " + decimal.precision()
                            + ", scale = " + decimal.scale() + ") needs a precision of at least 1 and a scale from 0 to the precision"));
                }
                Storage s = new Storage(Conversions.decimal(decimal.precision(), decimal.scale(), label), decimal.precision(),
                        decimal.scale(), false, null, null, List.of());
                return new Leaf(name, column, type, s, raw, nullable, false);
            }
            return new Leaf(name, column, type, Storage.PLAIN, raw, nullable, false);
        }

        private boolean isJsonType(Class<?> raw, Type generic) {
            if (tools.jackson.databind.JsonNode.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                return true;
            }
            return false;
        }

        private Storage enumStorage(String name, Class<?> raw, EnumStorage how, String columnLabel) {
            Set<Object> seen = new HashSet<>();
            List<String> labels = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                Object stored;
                if (how == EnumStorage.CODE) {
                    stored = Conversions.codeOrNull(raw, (Enum<?>) constant);
                    if (stored == null) {
                        throw new SchemaException(TypeErrors.enumCodeMissing(model, name, raw.getName(), ((Enum<?>) constant).name()));
                    }
                } else {
                    stored = Conversions.storedName(raw, (Enum<?>) constant);
                    labels.add((String) stored);
                }
                if (!seen.add(stored)) {
                    throw new SchemaException(TypeErrors.enumDuplicate(model, name, raw.getName(), String.valueOf(stored)));
                }
            }
            Conversion c = how == EnumStorage.CODE ? Conversions.enumByCode(raw, columnLabel) : Conversions.enumByName(raw, columnLabel);
            if (how == EnumStorage.NATIVE) {
                return new Storage(c, 0, 0, false, null, Naming.snakeCase(raw.getSimpleName()), labels);
            }
            return Storage.converted(c);
        }

        private Leaf array(String name, String column, Class<?> raw, Type generic, boolean nullable) {
            Type elementType = argument(generic, 0);
            Class<?> element = rawClass(elementType);
            if (element == null) {
                throw new SchemaException(TypeErrors.badElement(model, name, elementType.getTypeName()));
            }
            Conversion elementConversion = null;
            FieldType type;
            if (element.isEnum()) {
                type = FieldType.STRING;
                elementConversion = Conversions.enumByName(element, table + "." + column);
            } else {
                type = FieldType.forClass(element);
                if (type == null || !ELEMENTS.contains(type)) {
                    throw new SchemaException(TypeErrors.badElement(model, name, element.getSimpleName()));
                }
            }
            Storage s = new Storage(Conversions.array(elementConversion, raw == Set.class, label(name)), 0, 0, false, type, null, List.of());
            return new Leaf(name, column, FieldType.ARRAY, s, raw, nullable, false);
        }

        private Resolved embedded(String name, String column, Class<?> type, boolean nullable) {
            RecordComponent[] components = type.getRecordComponents();
            List<Leaf> leaves = new ArrayList<>();
            Slot[] parts = new Slot[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                for (int i = 0; i < components.length; i++) {
                    RecordComponent c = components[i];
                    dev.toasty.annotation.Column renamed = c.getAnnotation(dev.toasty.annotation.Column.class);
                    String sub = column + "_" + (renamed != null ? renamed.value() : Naming.snakeCase(c.getName()));
                    boolean componentNullable = nullable || !c.getType().isPrimitive();
                    Resolved r = member(name + "." + c.getName(), sub, c.getType(), c.getGenericType(), c, componentNullable);
                    for (Leaf l : r.leaves()) {
                        if (l.deferred()) {
                            throw new SchemaException("Model " + model + ", field " + l.name() + ": a deferred field cannot sit "
                                    + "inside an embedded record; declare it on the model itself");
                        }
                    }
                    leaves.addAll(r.leaves());
                    parts[i] = r.slot();
                    types[i] = c.getType();
                    accessors[i] = lookup.unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                }
                MethodHandle constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                        .asSpreader(Object[].class, components.length).asType(MethodType.methodType(Object.class, Object[].class));
                String[] names = java.util.Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
                return new Resolved(leaves, new Slot.EmbeddedSlot(names, accessors, constructor, parts, leaves.size()));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new SchemaException("Model " + model + ", field " + name + ": embedded record " + type.getName()
                        + " cannot be read or built by Toasty: " + e, e);
            }
        }

        @SuppressWarnings("rawtypes")
        private Resolved converted(String name, String column, Class<?> raw, Class<? extends Converter> type, boolean nullable) {
            Converter<?, ?> converter;
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                converter = constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SchemaException(TypeErrors.badConverter(model, name, type.getName(),
                        "cannot be created: it needs a no-argument constructor (" + e + ")"), e);
            }
            Type[] args = converterArguments(type);
            if (args == null) {
                throw new SchemaException(TypeErrors.badConverter(model, name, type.getName(),
                        "must implement Converter<J, S> with concrete types"));
            }
            Class<?> javaType = rawClass(args[0]);
            Class<?> boxed = raw.isPrimitive() ? java.lang.invoke.MethodType.methodType(raw).wrap().returnType() : raw;
            if (javaType == null || !javaType.isAssignableFrom(boxed)) {
                throw new SchemaException(TypeErrors.badConverter(model, name, type.getName(), "converts " + args[0].getTypeName()
                        + ", not the field's type " + raw.getName()));
            }
            Class<?> storedRaw = rawClass(args[1]);
            if (storedRaw == null) {
                throw new SchemaException(TypeErrors.badConverter(model, name, type.getName(), "must name a concrete stored type"));
            }
            Resolved stored = member(name, column, storedRaw, args[1], null, nullable);
            if (stored.single()) {
                Leaf l = stored.leaves().get(0);
                Storage s = l.storage().withConversion(Conversions.converter(converter, l.storage().conversion()));
                return new Resolved(List.of(new Leaf(name, column, l.type(), s, raw, nullable, false)), Slot.PLAIN);
            }
            @SuppressWarnings("unchecked")
            Converter<Object, Object> c = (Converter<Object, Object>) converter;
            return new Resolved(stored.leaves(), new Slot.ConvertedSlot(c, stored.slot()));
        }
    }

    /** The {@code J} and {@code S} a converter class binds, or null when they are not concrete. */
    private static Type[] converterArguments(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Type[] args = fromInterfaces(c.getGenericInterfaces(), Map.of());
            if (args != null) {
                return args;
            }
        }
        return null;
    }

    /**
     * The arguments of {@code Converter<J, S>} among these interfaces or those they extend, type variables
     * replaced by what the implementing class bound them to ({@code interface Text<J> extends Converter<J, String>}).
     */
    private static Type[] fromInterfaces(Type[] interfaces, Map<TypeVariable<?>, Type> bound) {
        for (Type t : interfaces) {
            Class<?> raw = rawClass(t);
            Type[] actual = t instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = actual[i] instanceof TypeVariable<?> v ? bound.getOrDefault(v, v) : actual[i];
            }
            if (raw == Converter.class) {
                return actual.length == 2 && !(actual[0] instanceof TypeVariable<?>) && !(actual[1] instanceof TypeVariable<?>)
                        ? actual : null;
            }
            if (raw != null && raw.isInterface()) {
                Map<TypeVariable<?>, Type> next = new java.util.HashMap<>();
                TypeVariable<?>[] params = raw.getTypeParameters();
                for (int i = 0; i < params.length && i < actual.length; i++) {
                    next.put(params[i], actual[i]);
                }
                Type[] inherited = fromInterfaces(raw.getGenericInterfaces(), next);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    private static Type argument(Type generic, int index) {
        if (generic instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
