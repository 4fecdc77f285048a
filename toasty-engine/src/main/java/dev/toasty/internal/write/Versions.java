package dev.toasty.internal.write;

import dev.toasty.OptimisticLockException;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Optimistic locking by a {@code @Version} field: an insert stores the first version (0, or 1 in a primitive
 * field, whose 0 means "new"), and an update or delete of an instance filters by the version it holds and an
 * update stores the next one, so a write that finds no row under that filter lost the race (or the row is gone).
 */
public final class Versions {

    private Versions() {
    }

    /** Whether {@code instance} holds no version yet (null, or 0 in a primitive field): a new record. */
    public static boolean unset(Model model, Object instance) {
        Field v = model.version();
        if (v == null) {
            return false;
        }
        Object value = model.records().get(instance, v.index());
        return value == null || (v.isPrimitive() && ((Number) value).longValue() == 0);
    }

    /** {@code instance} with its first version when it holds none; unchanged for a model without versions. */
    @SuppressWarnings("unchecked")
    static <M> M initial(Model model, M instance) {
        Field v = model.version();
        if (v == null || !unset(model, instance)) {
            return instance;
        }
        return (M) model.records().with(instance, v.index(), of(v, v.isPrimitive() ? 1 : 0));
    }

    /** The key filter of an instance's row, and the version it holds when the model has one. */
    static Expr filter(Model model, Object[] values) {
        Expr key = Checks.keyFilter(model, values);
        Field v = model.version();
        if (v == null) {
            return key;
        }
        Object current = values[v.index()];
        if (current == null) {
            throw new IllegalArgumentException("The " + model.name() + " has no value in its @Version field " + v.name()
                    + ": read the record before writing it, or insert it if it is new");
        }
        List<Expr> terms = new ArrayList<>(List.of(key));
        terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), v.name()), new ExprValue(current)));
        return Expr.and(terms);
    }

    /** The version an update stores: the one {@code current} plus one, in the field's type. */
    static Object next(Field v, Object current) {
        return of(v, ((Number) current).longValue() + 1);
    }

    /** {@code instance} as stored by an update: its version plus one. */
    @SuppressWarnings("unchecked")
    static <M> M advanced(Model model, M instance) {
        Field v = model.version();
        if (v == null) {
            return instance;
        }
        return (M) model.records().with(instance, v.index(), next(v, model.records().get(instance, v.index())));
    }

    /** The error of a versioned write that found no row with the key and version the instance holds. */
    static OptimisticLockException stale(Model model, Object[] values, String write) {
        List<Object> key = new ArrayList<>();
        model.key().forEach(k -> key.add(values[k.index()]));
        Object shown = key.size() == 1 ? key.get(0) : List.copyOf(key);
        Field v = model.version();
        return new OptimisticLockException("The " + write + " of " + model.name() + " " + shown + " at version " + values[v.index()]
                + " found another version stored, or the record gone: another writer changed it since it was read. "
                + "Nothing was written; read it again and retry", model.name(), shown);
    }

    private static Object of(Field v, long value) {
        Class<?> type = v.javaType();
        if (type == int.class || type == Integer.class) {
            return Math.toIntExact(value);
        }
        if (type == short.class || type == Short.class) {
            if (value > Short.MAX_VALUE) {
                throw new ArithmeticException("version overflow in " + v.name());
            }
            return (short) value;
        }
        return value;
    }
}
