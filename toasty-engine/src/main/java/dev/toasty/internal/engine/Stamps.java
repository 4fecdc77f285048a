package dev.toasty.internal.engine;

import dev.toasty.SchemaException;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Audit stamps: fields marked {@code @CreatedAt}/{@code @UpdatedAt}/{@code @CreatedBy}/{@code @UpdatedBy} (or Spring
 * Data's {@code @CreatedDate}/{@code @LastModifiedDate}/{@code @CreatedBy}/{@code @LastModifiedBy}) get the time or
 * the auditor on insert, and the "updated" ones again on each update of an instance; an update never writes the
 * "created" ones. Times are cut to milliseconds, which every backend stores exactly. Found once per model.
 */
public final class Stamps {

    public enum Kind { CREATED_AT, UPDATED_AT, CREATED_BY, UPDATED_BY }

    public record Stamp(Field field, Kind kind) {
    }

    private static final Map<String, Kind> ANNOTATIONS = Map.of(
            "dev.toasty.annotation.CreatedAt", Kind.CREATED_AT,
            "dev.toasty.annotation.UpdatedAt", Kind.UPDATED_AT,
            "dev.toasty.annotation.CreatedBy", Kind.CREATED_BY,
            "dev.toasty.annotation.UpdatedBy", Kind.UPDATED_BY,
            "org.springframework.data.annotation.CreatedDate", Kind.CREATED_AT,
            "org.springframework.data.annotation.LastModifiedDate", Kind.UPDATED_AT,
            "org.springframework.data.annotation.CreatedBy", Kind.CREATED_BY,
            "org.springframework.data.annotation.LastModifiedBy", Kind.UPDATED_BY);

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDateTime.class, LocalDate.class,
            OffsetDateTime.class, Long.class, long.class);

    private Stamps() {
    }

    /** The stamps of every model of {@code schema}, by model class; a stamp on a field of a type it cannot hold fails. */
    public static Map<Class<?>, List<Stamp>> of(dev.toasty.schema.Schema schema) {
        Map<Class<?>, List<Stamp>> out = new java.util.HashMap<>();
        for (Model m : schema.models()) {
            List<Stamp> found = find(m);
            if (!found.isEmpty()) {
                out.put(m.type(), found);
            }
        }
        return Map.copyOf(out);
    }

    private static List<Stamp> of(WriteSettings settings, Model model) {
        return settings.stamps().getOrDefault(model.type(), List.of());
    }

    /** Whether {@code model} has any stamp (most have none, and then nothing of this class needs asking). */
    public static boolean stamped(WriteSettings settings, Model model) {
        return settings.stamps().containsKey(model.type());
    }

    /** Whether an update leaves {@code field} alone: a "created" stamp. */
    public static boolean createdOnly(WriteSettings settings, Model model, Field field) {
        for (Stamp s : of(settings, model)) {
            if (s.field().index() == field.index() && (s.kind() == Kind.CREATED_AT || s.kind() == Kind.CREATED_BY)) {
                return true;
            }
        }
        return false;
    }

    /** {@code instance} stamped for an insert. */
    public static <M> M onInsert(WriteSettings settings, Model model, M instance) {
        return stamp(settings, model, instance, true);
    }

    /** {@code instance} stamped for an update of it. */
    public static <M> M onUpdate(WriteSettings settings, Model model, M instance) {
        return stamp(settings, model, instance, false);
    }

    @SuppressWarnings("unchecked")
    private static <M> M stamp(WriteSettings settings, Model model, M instance, boolean insert) {
        List<Stamp> stamps = of(settings, model);
        if (stamps.isEmpty()) {
            return instance;
        }
        Instant now = Instant.now(settings.clock()).truncatedTo(ChronoUnit.MILLIS);
        Object auditor = null;
        boolean asked = false;
        Object out = instance;
        for (Stamp s : stamps) {
            boolean created = s.kind() == Kind.CREATED_AT || s.kind() == Kind.CREATED_BY;
            if (created && !insert) {
                continue;
            }
            Object value;
            if (s.kind() == Kind.CREATED_AT || s.kind() == Kind.UPDATED_AT) {
                value = time(s.field(), now, settings.clock());
            } else {
                if (!asked) {
                    auditor = auditor(settings.auditor());
                    asked = true;
                }
                if (auditor == null) {
                    continue;
                }
                value = auditor;
                if (!box(s.field().javaType()).isInstance(value)) {
                    throw new IllegalStateException("The auditor gave a " + value.getClass().getName() + " for "
                            + model.name() + "." + s.field().name() + ", which holds " + s.field().javaType().getName());
                }
            }
            out = model.records().with(out, s.field().index(), value);
        }
        return (M) out;
    }

    private static Object auditor(Supplier<?> auditor) {
        Object who = auditor.get();
        return who instanceof java.util.Optional<?> o ? o.orElse(null) : who;
    }

    private static Object time(Field field, Instant now, Clock clock) {
        Class<?> type = field.javaType();
        if (type == Instant.class) {
            return now;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, clock.getZone());
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(now, clock.getZone());
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(now, clock.getZone());
        }
        return now.toEpochMilli();
    }

    private static List<Stamp> find(Model model) {
        List<Stamp> out = new ArrayList<>();
        for (Field f : model.fields()) {
            if (f.name().contains(".")) {
                continue;
            }
            for (Annotation a : annotations(model.type(), f.name())) {
                Kind kind = ANNOTATIONS.get(a.annotationType().getName());
                if (kind == null) {
                    continue;
                }
                boolean time = kind == Kind.CREATED_AT || kind == Kind.UPDATED_AT;
                if (time && !TIME_TYPES.contains(f.javaType())) {
                    throw new SchemaException("Field " + model.name() + "." + f.name() + " is @" + a.annotationType().getSimpleName()
                            + " but has type " + f.javaType().getSimpleName() + ": a time stamp is an Instant, LocalDateTime, "
                            + "LocalDate, OffsetDateTime or long (epoch milliseconds)");
                }
                if (f.key() || f.version()) {
                    throw new SchemaException("Field " + model.name() + "." + f.name() + " is @" + a.annotationType().getSimpleName()
                            + " and " + (f.key() ? "a key" : "@Version") + ": an audit stamp is a field of its own");
                }
                out.add(new Stamp(f, kind));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The annotations on the member named {@code name}: a record's component, its field and its accessor (an annotation
     * such as Spring Data's, which cannot target a record component, lands on the other two), or a class's field.
     */
    private static List<Annotation> annotations(Class<?> type, String name) {
        List<Annotation> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    out.addAll(List.of(c.getAnnotations()));
                    out.addAll(List.of(c.getAccessor().getAnnotations()));
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                AnnotatedElement field = c.getDeclaredField(name);
                out.addAll(List.of(field.getAnnotations()));
                break;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return out.stream().distinct().toList();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == long.class ? Long.class : type == int.class ? Integer.class : type == boolean.class ? Boolean.class
                : type == short.class ? Short.class : type == double.class ? Double.class : type == float.class ? Float.class
                : type == char.class ? Character.class : Byte.class;
    }
}
