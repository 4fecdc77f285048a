package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.util.ClassUtils;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection of a model, resolved once per type: an interface whose getters are named like fields
 * (a map-backed proxy from Spring's {@link ProjectionFactory}) or a record whose components are fields
 * (built through its canonical constructor). It is made from the values of its fields, in {@link #fields()} order.
 */
final class Projection {

    private final Class<?> type;
    private final List<Field> fields;
    private final MethodHandle constructor;
    private final ProjectionFactory factory;

    private Projection(Class<?> type, List<Field> fields, MethodHandle constructor, ProjectionFactory factory) {
        this.type = type;
        this.fields = fields;
        this.constructor = constructor;
        this.factory = factory;
    }

    /** The projection of {@code model} to {@code type}; {@link IllegalArgumentException} naming the problem when it is none. */
    static Projection of(Model model, Class<?> type, ProjectionFactory factory) {
        if (type.isInterface()) {
            List<String> names = factory.getProjectionInformation(type).getInputProperties().stream()
                    .map(p -> p.getName()).toList();
            return new Projection(type, fields(model, type, names), null, factory);
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is neither " + model.name()
                    + " nor a projection of it: use an interface with getters named like fields, or a record whose components are fields");
        }
        RecordComponent[] components = type.getRecordComponents();
        List<Field> fields = fields(model, type, Arrays.stream(components).map(RecordComponent::getName).toList());
        for (int i = 0; i < components.length; i++) {
            Class<?> wanted = ClassUtils.resolvePrimitiveIfNecessary(components[i].getType());
            if (!wanted.isAssignableFrom(fields.get(i).type().javaType())) {
                throw new IllegalArgumentException("component '" + components[i].getName() + "' of " + type.getSimpleName()
                        + " is " + components[i].getType().getSimpleName() + ", but the field holds "
                        + fields.get(i).type().javaType().getSimpleName());
            }
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            var declared = type.getDeclaredConstructor(types);
            declared.setAccessible(true);
            return new Projection(type, fields, MethodHandles.lookup().unreflectConstructor(declared), factory);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot use the constructor of " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The fields the projection reads, in the order {@link #create} takes their values. */
    List<Field> fields() {
        return fields;
    }

    /** A projection instance holding {@code values}, one per field of {@link #fields()}. */
    Object create(Object[] values) {
        if (constructor == null) {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                map.put(fields.get(i).name(), values[i]);
            }
            return factory.createProjection(type, map);
        }
        try {
            return constructor.invokeWithArguments(values);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static List<Field> fields(Model model, Class<?> type, List<String> names) {
        for (String name : names) {
            if (!model.hasField(name)) {
                throw new IllegalArgumentException("the projection " + type.getSimpleName() + " reads '" + name + "', but "
                        + model.name() + " has no such field");
            }
        }
        return names.stream().map(model::field).toList();
    }
}
