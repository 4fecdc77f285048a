package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.ToastyException;
import dev.toasty.schema.Model;
import dev.toasty.schema.RecordAccess;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;

/**
 * Reads field values out of model instances and builds instances from values, through method handles
 * made once per model: no reflection per row. Values are in field order (the columns); a member that
 * spans several fields (an embedded record) is split and joined by its {@link Slot}. Relations sit in
 * their own slots among the record components, read and set by relation index.
 */
public final class ModelMapper implements RecordAccess {

    private final Class<?> type;
    private final boolean record;
    private final Function<Object, Object>[] getters;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;
    private final int[] fieldSlots;
    private final int[] relationSlots;
    /** Per member: how its value maps to fields (null for relations), and its first field. */
    private Slot[] slots;
    private int[] offsets;
    private boolean plain = true;
    private final java.util.Map<String, Span> spans = new java.util.HashMap<>();
    private Object[] unloaded = new Object[0];

    private ModelMapper(Class<?> type, boolean record, Function<Object, Object>[] getters, MethodHandle[] setters, MethodHandle constructor,
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
        Function<Object, Object>[] getters = newGetters(components.length);
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            getters[i] = Getters.of(lookup, lookup.unreflect(components[i].getAccessor()), true);
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
        Function<Object, Object>[] getters = newGetters(members.size());
        MethodHandle[] setters = new MethodHandle[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Field f = members.get(i);
            // an inherited field is reached through its own class: a superclass's private field is not the model's
            MethodHandles.Lookup owner = f.getDeclaringClass() == type ? lookup
                    : MethodHandles.privateLookupIn(f.getDeclaringClass(), MethodHandles.lookup());
            getters[i] = Getters.of(owner, owner.unreflectGetter(f), false);
            setters[i] = owner.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
        }
        return new ModelMapper(type, false, getters, setters, constructor, fieldSlots, relationSlots);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object>[] newGetters(int n) {
        return (Function<Object, Object>[]) new Function<?, ?>[n];
    }

    /**
     * Sets how members span fields: {@code slots[m]} for member {@code m} (null for a relation), starting
     * at field {@code offsets[m]}. Until called, each field is one member as it is.
     */
    void slots(Slot[] memberSlots, int[] memberOffsets, String[] memberNames) {
        this.slots = memberSlots.clone();
        this.offsets = memberOffsets.clone();
        for (int m = 0; m < memberSlots.length; m++) {
            Slot s = memberSlots[m];
            plain &= s == null || s == Slot.PLAIN;
            // a zoned date-time's first field is named as the member and compares by instant: it needs no rewriting
            if (s != null) {
                register(memberNames[m], s, memberOffsets[m]);
            }
        }
    }

    /** Records the members that span several fields, nested embedded records under their dotted names. */
    private void register(String name, Slot s, int offset) {
        if (s.width() > 1 && !(s instanceof Slot.ZonedSlot)) {
            spans.put(name, new Span(offset, s));
        }
        if (s instanceof Slot.EmbeddedSlot e) {
            int at = offset;
            for (int i = 0; i < e.parts().length; i++) {
                register(name + "." + e.names()[i], e.parts()[i], at);
                at += e.parts()[i].width();
            }
        }
    }

    private record Span(int offset, Slot slot) {
    }

    /** Whether the model has a member that spans several fields. */
    public boolean hasSpans() {
        return !spans.isEmpty();
    }

    /**
     * For a member that spans several fields (an embedded record, a converted value stored in several columns),
     * the first of its fields and how many there are; null for any other name.
     */
    public int[] span(String member) {
        Span s = spans.get(member);
        return s == null ? null : new int[]{s.offset(), s.slot().width()};
    }

    /** The values of the fields a spanning member's {@code value} is stored in, in field order. */
    public Object[] split(String member, Object value) {
        Span s = spans.get(member);
        Object[] out = new Object[s.slot().width()];
        s.slot().split(value, out, 0);
        return out;
    }

    /** The mapper of {@code model}, for what the engine needs beyond {@link RecordAccess}. */
    public static ModelMapper of(Model model) {
        return (ModelMapper) model.records();
    }

    /** The value the engine carries for a deferred field that was not loaded. */
    public static Object notLoaded() {
        return Slot.NOT_LOADED;
    }

    /** Sets the value each relation holds in an instance read from the database (its "not loaded" marker). */
    void unloaded(Object[] values) {
        this.unloaded = values.clone();
    }

    /** The value of field {@code index} of {@code instance}. */
    @Override
    public Object get(Object instance, int index) {
        int member = fieldSlots[index];
        if (plain || slots[member] == Slot.PLAIN) {
            return slot(instance, member);
        }
        Object[] out = new Object[fieldSlots.length];
        slots[member].split(slot(instance, member), out, offsets[member]);
        return out[index];
    }

    /** The value of relation {@code index} (its wrapper) of {@code instance}. */
    @Override
    public Object relation(Object instance, int index) {
        return slot(instance, relationSlots[index]);
    }

    /** All field values of {@code instance}, in field order. */
    @Override
    public Object[] values(Object instance) {
        Object[] values = new Object[fieldSlots.length];
        if (plain) {
            for (int i = 0; i < values.length; i++) {
                values[i] = slot(instance, fieldSlots[i]);
            }
            return values;
        }
        for (int m = 0; m < slots.length; m++) {
            if (slots[m] != null) {
                slots[m].split(slot(instance, m), values, offsets[m]);
            }
        }
        return values;
    }

    /**
     * For a record whose members are one field each, where each field goes in the canonical constructor's
     * arguments (so a row can be read straight into them, without an array in field order); null otherwise.
     */
    public int[] argumentOfField() {
        return plain && record ? fieldSlots.clone() : null;
    }

    /** The canonical constructor's arguments with every relation not loaded, fields to fill (see {@link #argumentOfField}). */
    public Object[] newArguments() {
        Object[] arguments = new Object[getters.length];
        for (int i = 0; i < relationSlots.length; i++) {
            arguments[relationSlots[i]] = unloaded[i];
        }
        return arguments;
    }

    /** A record from its canonical constructor's arguments (see {@link #newArguments}). */
    public Object construct(Object[] arguments) {
        try {
            return (Object) constructor.invokeExact(arguments);
        } catch (ToastyException e) {
            throw e;
        } catch (Throwable e) {
            throw failure("create an instance of", e);
        }
    }

    /** A new instance holding {@code values} (in field order), its relations not loaded. */
    @Override
    public Object create(Object[] values) {
        return create(values, unloaded);
    }

    /** A new instance holding {@code values} (in field order) and {@code relations} (in relation order). */
    @Override
    public Object create(Object[] values, Object[] relations) {
        try {
            Object[] members = new Object[getters.length];
            if (plain) {
                for (int i = 0; i < fieldSlots.length; i++) {
                    members[fieldSlots[i]] = values[i];
                }
            } else {
                for (int m = 0; m < slots.length; m++) {
                    if (slots[m] != null) {
                        members[m] = slots[m].join(values, offsets[m]);
                    }
                }
            }
            for (int i = 0; i < relationSlots.length; i++) {
                members[relationSlots[i]] = relations[i];
            }
            if (record) {
                return (Object) constructor.invokeExact(members);
            }
            Object instance = (Object) constructor.invokeExact();
            for (int m = 0; m < members.length; m++) {
                if (isField(m)) {
                    setters[m].invokeExact(instance, members[m]);
                }
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
    @Override
    public Object with(Object instance, int index, Object value) {
        int member = fieldSlots[index];
        if (!plain && slots[member] != Slot.PLAIN) {
            throw new IllegalStateException("field " + index + " of " + type.getName() + " is part of a member that spans several fields");
        }
        return withSlot(instance, member, value);
    }

    private boolean isField(int member) {
        if (slots != null) {
            return slots[member] != null;
        }
        for (int f : fieldSlots) {
            if (f == member) {
                return true;
            }
        }
        return false;
    }

    /** {@code instance} with relation {@code index} set to {@code value}, as {@link #with} does for fields. */
    @Override
    public Object withRelation(Object instance, int index, Object value) {
        return withSlot(instance, relationSlots[index], value);
    }

    private Object slot(Object instance, int slot) {
        try {
            return getters[slot].apply(instance);
        } catch (Throwable e) {
            throw failure("read a field of", e);
        }
    }

    private Object withSlot(Object instance, int slot, Object value) {
        try {
            if (record) {
                Object[] slots = new Object[getters.length];
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = getters[i].apply(instance);
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
