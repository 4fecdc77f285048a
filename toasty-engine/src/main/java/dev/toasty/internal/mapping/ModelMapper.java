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
 * made once per model: no reflection per row. Values are in field order (the columns); relations sit
 * in their own slots among the record components, read and set by relation index.
 */
public final class ModelMapper {

    private final Class<?> type;
    private final boolean record;
    private final MethodHandle[] getters;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;
    private final int[] fieldSlots;
    private final int[] relationSlots;
    private Object[] unloaded = new Object[0];

    private ModelMapper(Class<?> type, boolean record, MethodHandle[] getters, MethodHandle[] setters, MethodHandle constructor,
                        int[] fieldSlots, int[] relationSlots) {
        this.type = type;
        this.record = record;
        this.getters = getters;
        this.setters = setters;
        this.constructor = constructor;
        this.fieldSlots = fieldSlots;
        this.relationSlots = relationSlots;
    }

    static ModelMapper forRecord(Class<?> type, RecordComponent[] components, int[] fieldSlots, int[] relationSlots)
            throws ReflectiveOperationException {
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
        return new ModelMapper(type, true, getters, null, constructor, fieldSlots, relationSlots);
    }

    static ModelMapper forClass(Class<?> type, List<Field> members, String modelName, int[] fieldSlots, int[] relationSlots)
            throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        Constructor<?> noArgs;
        try {
            noArgs = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new SchemaException(dev.toasty.schema.ModelErrors.noConstructor(modelName), e);
        }
        MethodHandle constructor = lookup.unreflectConstructor(noArgs).asType(MethodType.methodType(Object.class));
        MethodHandle[] getters = new MethodHandle[members.size()];
        MethodHandle[] setters = new MethodHandle[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Field f = members.get(i);
            getters[i] = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
            setters[i] = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
        }
        return new ModelMapper(type, false, getters, setters, constructor, fieldSlots, relationSlots);
    }

    /** Sets the value each relation holds in an instance read from the database (its "not loaded" marker). */
    void unloaded(Object[] values) {
        this.unloaded = values.clone();
    }

    /** The value of field {@code index} of {@code instance}. */
    public Object get(Object instance, int index) {
        return slot(instance, fieldSlots[index]);
    }

    /** The value of relation {@code index} (its wrapper) of {@code instance}. */
    public Object relation(Object instance, int index) {
        return slot(instance, relationSlots[index]);
    }

    /** All field values of {@code instance}, in field order. */
    public Object[] values(Object instance) {
        Object[] values = new Object[fieldSlots.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(instance, i);
        }
        return values;
    }

    /** A new instance holding {@code values} (in field order), its relations not loaded. */
    public Object create(Object[] values) {
        return create(values, unloaded);
    }

    /** A new instance holding {@code values} (in field order) and {@code relations} (in relation order). */
    public Object create(Object[] values, Object[] relations) {
        try {
            if (record) {
                Object[] slots = new Object[getters.length];
                for (int i = 0; i < fieldSlots.length; i++) {
                    slots[fieldSlots[i]] = values[i];
                }
                for (int i = 0; i < relationSlots.length; i++) {
                    slots[relationSlots[i]] = relations[i];
                }
                return (Object) constructor.invokeExact(slots);
            }
            Object instance = (Object) constructor.invokeExact();
            for (int i = 0; i < fieldSlots.length; i++) {
                setters[fieldSlots[i]].invokeExact(instance, values[i]);
            }
            for (int i = 0; i < relationSlots.length; i++) {
                setters[relationSlots[i]].invokeExact(instance, relations[i]);
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
        return withSlot(instance, fieldSlots[index], value);
    }

    /** {@code instance} with relation {@code index} set to {@code value}, as {@link #with} does for fields. */
    public Object withRelation(Object instance, int index, Object value) {
        return withSlot(instance, relationSlots[index], value);
    }

    private Object slot(Object instance, int slot) {
        try {
            return (Object) getters[slot].invokeExact(instance);
        } catch (Throwable e) {
            throw failure("read a field of", e);
        }
    }

    private Object withSlot(Object instance, int slot, Object value) {
        try {
            if (record) {
                Object[] slots = new Object[getters.length];
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = (Object) getters[i].invokeExact(instance);
                }
                slots[slot] = value;
                return (Object) constructor.invokeExact(slots);
            }
            setters[slot].invokeExact(instance, value);
            return instance;
        } catch (ToastyException e) {
            throw e;
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
