package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.UuidV7;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of model instances: validation of required fields, generated keys, multi-row inserts chunked
 * to the backend's bind limit (inside one transaction, so a failure leaves nothing written).
 */
final class Writes {

    private Writes() {
    }

    static <M> M insert(Engine engine, Model model, M instance) {
        return insertAll(engine, model, List.of(instance)).get(0);
    }

    static <M> List<M> insertAll(Engine engine, Model model, List<M> instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = new ArrayList<>(instances.size());
        List<M> prepared = new ArrayList<>(instances.size());
        for (M instance : instances) {
            if (instance == null) {
                throw new IllegalArgumentException("insertAll(...) was given a null " + model.name());
            }
            M withKey = clientKey(model, instance);
            Object[] values = model.mapper().values(withKey);
            validate(model, values);
            rows.add(values);
            prepared.add(withKey);
        }
        Field auto = identity(model);
        List<String> fields = new ArrayList<>();
        for (Field f : model.fields()) {
            if (f != auto) {
                fields.add(f.name());
            }
        }
        boolean anyKeyGiven = auto != null && rows.stream().anyMatch(r -> !unset(auto, r[auto.index()]));
        boolean anyKeyMissing = auto != null && rows.stream().anyMatch(r -> unset(auto, r[auto.index()]));
        if (anyKeyGiven && anyKeyMissing) {
            throw new IllegalArgumentException("insertAll(...) mixes " + model.name() + "s with and without a "
                    + auto.name() + ": insert them in two calls");
        }
        if (anyKeyGiven) {
            fields.add(auto.index(), auto.name());
        }
        boolean returnKeys = anyKeyMissing;
        if (returnKeys && !engine.capability().returning()) {
            throw new UnsupportedFeatureException("generated keys on insert", engine.capability().backend(),
                    "give " + model.name() + "." + auto.name() + " a value");
        }
        int perRow = Math.max(1, fields.size());
        int chunk = fields.isEmpty() ? 1 : Math.max(1, engine.capability().maxBindParameters() / perRow);
        if (!engine.capability().multiRowInsert()) {
            chunk = 1;
        }
        int size = chunk;
        return engine.transaction(() -> {
            List<M> out = new ArrayList<>(prepared.size());
            for (int from = 0; from < rows.size(); from += size) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + size));
                List<Object> keys = engine.insert(new Insert(model.type(), fields, exprRows(model, fields, part), returnKeys));
                for (int i = 0; i < part.size(); i++) {
                    M instance = prepared.get(from + i);
                    out.add(returnKeys ? withValue(model, instance, auto, keys.get(i)) : instance);
                }
            }
            if (anyKeyGiven) {
                engine.syncIdentity(model);
            }
            return out;
        });
    }

    private static List<List<Expr>> exprRows(Model model, List<String> fields, List<Object[]> rows) {
        List<List<Expr>> out = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            List<Expr> row = new ArrayList<>(fields.size());
            for (String name : fields) {
                row.add(new ExprValue(values[model.field(name).index()]));
            }
            out.add(row);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <M> M withValue(Model model, M instance, Field field, Object value) {
        Object converted = switch (field.type()) {
            case BYTE -> ((Number) value).byteValue();
            case SHORT -> ((Number) value).shortValue();
            case INT -> ((Number) value).intValue();
            case LONG -> ((Number) value).longValue();
            default -> value;
        };
        return (M) model.mapper().with(instance, field.index(), converted);
    }

    /** Fills a null {@code @Auto} UUID key with a UUID v7. */
    @SuppressWarnings("unchecked")
    private static <M> M clientKey(Model model, M instance) {
        for (Field f : model.key()) {
            if (f.auto() && f.type() == FieldType.UUID && model.mapper().get(instance, f.index()) == null) {
                return (M) model.mapper().with(instance, f.index(), UuidV7.next());
            }
        }
        return instance;
    }

    /** An identity key is unset when null, or 0 in a primitive field (which cannot hold null). */
    private static boolean unset(Field auto, Object value) {
        return value == null || (auto.isPrimitive() && ((Number) value).longValue() == 0);
    }

    private static Field identity(Model model) {
        for (Field f : model.key()) {
            if (f.auto() && f.type().isIntegral()) {
                return f;
            }
        }
        return null;
    }

    static void validate(Model model, Object[] values) {
        for (Field f : model.fields()) {
            if (!(f.auto() && f.type().isIntegral())) {
                requireValue(model, f, values[f.index()]);
            }
        }
    }

    static void requireValue(Model model, Field f, Object value) {
        if (value == null && !f.nullable()) {
            throw new ValidationException("Field " + model.name() + "." + f.name() + " is required but was null: "
                    + "give it a value" + (f.key() ? "" : ", or make it nullable (remove @Required/@NotNull)"));
        }
    }

    static <M> M update(Engine engine, Model model, M instance) {
        Object[] values = model.mapper().values(instance);
        validate(model, values);
        List<Update.Assignment> assignments = new ArrayList<>();
        for (Field f : model.fields()) {
            if (!f.key()) {
                assignments.add(new Update.Assignment(f.name(), new ExprValue(values[f.index()])));
            }
        }
        long changed = assignments.isEmpty()
                ? (engine.exists(new dev.toasty.internal.stmt.Select(model.type(), keyFilter(model, values), List.of(), null, null,
                        dev.toasty.internal.stmt.Select.Returning.EXISTS)) ? 1 : 0)
                : engine.write(new Update(model.type(), assignments, keyFilter(model, values)));
        if (changed == 0) {
            throw new RecordNotFoundException("update(...) found no " + model.name() + " with this key: "
                    + "it was deleted, or never inserted");
        }
        return instance;
    }

    static boolean delete(Engine engine, Model model, Object instance) {
        return engine.write(new Delete(model.type(), keyFilter(model, model.mapper().values(instance)))) > 0;
    }

    /** {@code key1 = ? AND key2 = ?} for the key values found in {@code values} (in field order). */
    static Expr keyFilter(Model model, Object[] values) {
        List<Expr> terms = new ArrayList<>();
        for (Field k : model.key()) {
            Object v = values[k.index()];
            if (v == null) {
                throw new IllegalArgumentException("The " + model.name() + " has no value in its key field "
                        + k.name() + ": it was not inserted yet");
            }
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(model.type(), k.name()), new ExprValue(v)));
        }
        return Expr.and(terms);
    }

}
