package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.ToastyException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Reads field values out of model instances and builds instances from values, through method handles
 * made once per model: no reflection per row. Values are in field order.
 */
public final class ModelMapper {

    private final Class<?> type;
    private final boolean record;
    private final MethodHandle[] getters;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;

    private ModelMapper(Class<?> type, boolean record, MethodHandle[] getters, MethodHandle[] setters, MethodHandle constructor) {
        this.type = type;
        this.record = record;
        this.getters = getters;
        this.setters = setters;
        this.constructor = constructor;
    }

    static ModelMapper forRecord(Class<?> type, RecordComponent[] components) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle[] getters = new MethodHandle[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            types[i] = components[i].getType();
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        MethodHandle constructor = lookup.unreflectConstructor(canonical)
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new ModelMapper(type, true, getters, null, constructor);
    }

    static ModelMapper forClass(Class<?> type, List<Field> fields, String modelName) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        Constructor<?> noArgs;
        try {
            noArgs = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new SchemaException(dev.toasty.schema.ModelErrors.noConstructor(modelName), e);
        }
        MethodHandle constructor = lookup.unreflectConstructor(noArgs).asType(MethodType.methodType(Object.class));
        MethodHandle[] getters = new MethodHandle[fields.size()];
        MethodHandle[] setters = new MethodHandle[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            getters[i] = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
            setters[i] = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
        }
        return new ModelMapper(type, false, getters, setters, constructor);
    }

    /** The value of field {@code index} of {@code instance}. */
    public Object get(Object instance, int index) {
        try {
            return (Object) getters[index].invokeExact(instance);
        } catch (Throwable e) {
            throw failure("read a field of", e);
        }
    }

    /** All field values of {@code instance}, in field order. */
    public Object[] values(Object instance) {
        Object[] values = new Object[getters.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(instance, i);
        }
        return values;
    }

    /** A new instance holding {@code values}, in field order. */
    public Object create(Object[] values) {
        try {
            if (record) {
                return (Object) constructor.invokeExact(values);
            }
            Object instance = (Object) constructor.invokeExact();
            for (int i = 0; i < values.length; i++) {
                setters[i].invokeExact(instance, values[i]);
            }
            return instance;
        } catch (ToastyException e) {
            throw e;
        } catch (Throwable e) {
            throw failure("create an instance of", e);
        }
    }

    /**
     * {@code instance} with field {@code index} set to {@code value}: a copy for records, the same
     * object for classes (as the caller expects of a mutable entity).
     */
    public Object with(Object instance, int index, Object value) {
        if (record) {
            Object[] values = values(instance);
            values[index] = value;
            return create(values);
        }
        try {
            setters[index].invokeExact(instance, value);
            return instance;
        } catch (Throwable e) {
            throw failure("set a field of", e);
        }
    }

    private ToastyException failure(String what, Throwable e) {
        // the cause's message may quote field values, so it stays in the cause
        return new ToastyException("Could not " + what + " model " + type.getName() + " (" + e.getClass().getSimpleName()
                + "; see the cause)", e);
    }
}
