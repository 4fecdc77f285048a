package dev.toasty.internal.mapping;

import dev.toasty.Deferred;

import java.lang.invoke.MethodHandle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How the value of one model member is split into the values of its fields and built back from them:
 * one field for a scalar, several for an embedded record or a date-time with a zone. Made once per member
 * at startup; thread-safe.
 */
interface Slot {

    /** The value the engine carries for a deferred field that was not loaded. */
    Object NOT_LOADED = new Object() {
        @Override
        public String toString() {
            return "<not loaded>";
        }
    };

    /** How many fields the member spans. */
    int width();

    /** Writes the field values of {@code value} (which may be null) to {@code out} from {@code offset}. */
    void split(Object value, Object[] out, int offset);

    /** The member's value from its field values at {@code offset}. */
    Object join(Object[] values, int offset);

    /** A member stored in one field as it is. */
    Slot PLAIN = new Slot() {
        @Override
        public int width() {
            return 1;
        }

        @Override
        public void split(Object value, Object[] out, int offset) {
            out[offset] = value;
        }

        @Override
        public Object join(Object[] values, int offset) {
            return values[offset];
        }
    };

    /** A {@code Deferred<T>} member: the field carries T, or {@link #NOT_LOADED}. */
    record DeferredSlot(String qualifiedName) implements Slot {
        @Override
        public int width() {
            return 1;
        }

        @Override
        public void split(Object value, Object[] out, int offset) {
            out[offset] = value == null ? null : ((Deferred<?>) value).isLoaded() ? ((Deferred<?>) value).get() : NOT_LOADED;
        }

        @Override
        public Object join(Object[] values, int offset) {
            return values[offset] == NOT_LOADED ? Deferred.notLoaded(qualifiedName) : Deferred.of(values[offset]);
        }
    }

    /** An {@code OffsetDateTime} or {@code ZonedDateTime}: its instant in one field, its zone or offset id in the next. */
    record ZonedSlot(boolean offset) implements Slot {
        @Override
        public int width() {
            return 2;
        }

        @Override
        public void split(Object value, Object[] out, int at) {
            out[at] = value;
            out[at + 1] = switch (value) {
                case null -> null;
                case ZonedDateTime z -> z.getZone().getId();
                case OffsetDateTime o -> o.getOffset().getId();
                default -> throw new IllegalArgumentException("not a date-time with a zone: " + value);
            };
        }

        @Override
        public Object join(Object[] values, int at) {
            Object instant = values[at];
            if (instant == null) {
                return null;
            }
            Instant i = instant instanceof Instant x ? x : Conversions.instantOf(instant);
            String zone = (String) values[at + 1];
            if (zone == null) {
                zone = "Z";
            }
            return offset ? OffsetDateTime.ofInstant(i, ZoneOffset.of(zone)) : ZonedDateTime.ofInstant(i, ZoneId.of(zone));
        }
    }

    /**
     * An embedded record: its components' slots one after another. A null record is nulls in every field;
     * fields that are all null read back as a null record.
     */
    record EmbeddedSlot(String[] names, MethodHandle[] accessors, MethodHandle constructor, Slot[] parts, int width)
            implements Slot {
        @Override
        public void split(Object value, Object[] out, int offset) {
            int at = offset;
            for (int i = 0; i < parts.length; i++) {
                Object part = null;
                if (value != null) {
                    try {
                        part = (Object) accessors[i].invokeExact(value);
                    } catch (Throwable e) {
                        throw new IllegalStateException("Could not read a component of " + value.getClass().getName(), e);
                    }
                }
                parts[i].split(part, out, at);
                at += parts[i].width();
            }
        }

        @Override
        public Object join(Object[] values, int offset) {
            boolean allNull = true;
            for (int i = offset; i < offset + width; i++) {
                allNull &= values[i] == null;
            }
            if (allNull) {
                return null;
            }
            Object[] args = new Object[parts.length];
            int at = offset;
            for (int i = 0; i < parts.length; i++) {
                args[i] = parts[i].join(values, at);
                at += parts[i].width();
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Could not build an embedded record", e);
            }
        }
    }

    /** A member stored through a user converter whose stored type spans several fields. */
    record ConvertedSlot(dev.toasty.Converter<Object, Object> converter, Slot stored) implements Slot {
        @Override
        public int width() {
            return stored.width();
        }

        @Override
        public void split(Object value, Object[] out, int offset) {
            stored.split(value == null ? null : converter.toStored(value), out, offset);
        }

        @Override
        public Object join(Object[] values, int offset) {
            Object s = stored.join(values, offset);
            return s == null ? null : converter.fromStored(s);
        }
    }
}
