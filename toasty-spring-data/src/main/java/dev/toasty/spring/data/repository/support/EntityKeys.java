package dev.toasty.spring.data.repository.support;

import dev.toasty.query.Filter;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.spring.data.repository.query.FieldPaths;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Converts between a repository's {@code ID} values and the key parts of a model. A single-field key
 * is the value itself; a composite key is an {@code Object[]} of the parts in declaration order, or a
 * record whose components are named like the key fields (its accessors are looked up once per type).
 * Thread-safe.
 */
final class EntityKeys {

    private final Model model;
    private final FieldPaths paths;
    private final Class<?> idType;
    private final MethodHandle idConstructor;
    private final Map<Class<?>, MethodHandle[]> accessors = new ConcurrentHashMap<>();

    EntityKeys(Model model, FieldPaths paths, Class<?> idType) {
        this.model = model;
        this.paths = paths;
        this.idType = idType;
        this.idConstructor = model.key().size() > 1 && idType.isRecord() ? constructorOf(idType) : null;
    }

    boolean composite() {
        return model.key().size() > 1;
    }

    /** The key parts of {@code id}, in declaration order. */
    Object[] parts(Object id) {
        if (id == null) {
            throw new InvalidDataAccessApiUsageException("The id of a " + model.name() + " must not be null");
        }
        if (!composite()) {
            return new Object[] {id};
        }
        if (id instanceof Object[] array && array.length == model.key().size()) {
            return array.clone();
        }
        if (id instanceof List<?> list && list.size() == model.key().size()) {
            return list.toArray();
        }
        if (id instanceof Record) {
            return read(id);
        }
        throw new InvalidDataAccessApiUsageException(model.name() + " has a composite key " + keyNames()
                + ": pass the id as a record with components named like those fields, or as an Object[] of "
                + model.key().size() + " values in that order; got " + id.getClass().getName());
    }

    /** The id of the entity whose key parts are {@code parts}, as the repository's {@code ID} type. */
    Object id(Object[] parts) {
        if (!composite()) {
            return parts[0];
        }
        if (idConstructor != null) {
            try {
                return idConstructor.invokeWithArguments(order(idType, parts));
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot create the id record " + idType.getName() + " of " + model.name(), e);
            }
        }
        return parts;
    }

    /** The filter matching the record with these key parts. */
    Filter<Object> filter(Object[] parts) {
        List<Filter<Object>> terms = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            terms.add(paths.path(model.key().get(i).name()).eq(parts[i]));
        }
        return Filter.all(terms);
    }

    /** The filter matching any of the records with these ids. */
    Filter<Object> filterAny(List<?> ids) {
        if (!composite()) {
            return paths.path(model.key().get(0).name()).in(ids);
        }
        return Filter.any(ids.stream().map(id -> filter(parts(id))).toList());
    }

    private Object[] read(Object id) {
        MethodHandle[] getters = accessors.computeIfAbsent(id.getClass(), this::accessorsOf);
        Object[] parts = new Object[getters.length];
        try {
            for (int i = 0; i < getters.length; i++) {
                parts[i] = getters[i].invoke(id);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the key of " + model.name() + " from " + id, e);
        }
        return parts;
    }

    private MethodHandle[] accessorsOf(Class<?> type) {
        MethodHandle[] getters = new MethodHandle[model.key().size()];
        for (int i = 0; i < getters.length; i++) {
            String name = model.key().get(i).name();
            RecordComponent component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidDataAccessApiUsageException("The id record " + type.getName()
                            + " has no component '" + name + "'; the key of " + model.name() + " is " + keyNames()));
            try {
                component.getAccessor().setAccessible(true);
                getters[i] = MethodHandles.lookup().unreflect(component.getAccessor());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot read component " + name + " of " + type.getName(), e);
            }
        }
        return getters;
    }

    /** The canonical constructor of an id record, checked once: every component must be a key field. */
    private MethodHandle constructorOf(Class<?> record) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (!model.hasField(c.getName()) || !model.field(c.getName()).key()) {
                throw new IllegalStateException("The id type " + record.getName() + " of " + model.name() + " has a component '"
                        + c.getName() + "' that is not a key field; the key is " + keyNames());
            }
        }
        try {
            Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot use the constructor of the id record " + record.getName(), e);
        }
    }

    /** The key parts in the order of the id record's components. */
    private Object[] order(Class<?> record, Object[] parts) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            int index = model.key().indexOf(model.field(components[i].getName()));
            args[i] = parts[index];
        }
        return args;
    }

    private String keyNames() {
        return model.key().stream().map(Field::name).collect(Collectors.joining(", ", "(", ")"));
    }
}
