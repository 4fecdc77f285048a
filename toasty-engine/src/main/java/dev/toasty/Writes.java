package dev.toasty;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.UuidV7;
import dev.toasty.internal.stmt.BinaryOp;
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
        boolean children = hasChildren(model);
        List<M> prepared = new ArrayList<>(instances.size());
        List<Object[]> rows = new ArrayList<>(instances.size());
        for (M instance : instances) {
            if (instance == null) {
                throw new IllegalArgumentException("insertAll(...) was given a null " + model.name());
            }
            @SuppressWarnings("unchecked")
            M pointing = model.relations().isEmpty() ? instance : (M) RelationWrites.foreignKeysFromTargets(engine, model, instance);
            M withKey = clientKey(model, pointing);
            if (children) {
                RelationWrites.validateChildren(engine, model, withKey);
            }
            Object[] values = model.mapper().values(withKey);
            validate(model, values);
            requireLoaded(model, values);
            rows.add(values);
            prepared.add(withKey);
        }
        InsertShape shape = InsertShape.of(engine, model, rows);
        if (rows.size() == 1 && !children && !shape.keysGiven() && (!shape.returnKeys() || engine.capability().returningClause())) {
            // One row in one statement, its key (if any) read back by the statement itself: atomic alone, so no BEGIN
            // and COMMIT around it, a round trip fewer. Keys from the driver (MySQL) are checked after the write, and
            // several rows could be cut short by a trigger: those stay in the transaction, which rolls back on a failed check.
            return written(engine, model, shape, rows, prepared);
        }
        return engine.transaction(() -> {
            List<M> out = new ArrayList<>(prepared.size());
            for (int from = 0; from < rows.size(); from += shape.chunk()) {
                int to = Math.min(rows.size(), from + shape.chunk());
                out.addAll(written(engine, model, shape, rows.subList(from, to), prepared.subList(from, to)));
            }
            if (shape.keysGiven()) {
                engine.syncIdentity(model);
            }
            if (children) {
                for (int i = 0; i < out.size(); i++) {
                    @SuppressWarnings("unchecked")
                    M withChildren = (M) RelationWrites.insertChildren(engine, model, out.get(i));
                    out.set(i, withChildren);
                }
            }
            return out;
        });
    }

    /** One insert statement of rows that fit one chunk; returns the instances with their generated keys. */
    private static <M> List<M> written(Engine engine, Model model, InsertShape shape, List<Object[]> rows, List<M> prepared) {
        List<Object> keys = engine.insert(new Insert(model.type(), shape.fields(), exprRows(model, shape.fields(), rows),
                shape.returnKeys()));
        if (!shape.returnKeys()) {
            return prepared;
        }
        if (keys.size() != rows.size()) {
            throw new QueryException("INSERT on " + model.name() + " returned " + keys.size() + " generated keys for " + rows.size()
                    + " rows (does a trigger skip rows?); nothing of this call was kept", null, null);
        }
        List<M> out = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            out.add(withValue(model, prepared.get(i), shape.identity(), keys.get(i)));
        }
        return out;
    }

    /**
     * The written fields of a multi-row insert, whether the identity is generated (keys returned) or
     * given (identity synced afterwards), and how many rows fit one statement.
     */
    private record InsertShape(List<String> fields, Field identity, boolean returnKeys, boolean keysGiven, int chunk) {

        static InsertShape of(Engine engine, Model model, List<Object[]> rows) {
            Field auto = Writes.identity(model);
            boolean given = auto != null && rows.stream().anyMatch(r -> !unset(auto, r[auto.index()]));
            boolean missing = auto != null && rows.stream().anyMatch(r -> unset(auto, r[auto.index()]));
            if (given && missing) {
                throw new IllegalArgumentException("insertAll(...) mixes " + model.name() + "s with and without a "
                        + auto.name() + ": insert them in two calls");
            }
            if (missing && !engine.capability().returning()) {
                throw new UnsupportedFeatureException("generated keys on insert", engine.capability().backend(),
                        "give " + model.name() + "." + auto.name() + " a value");
            }
            List<String> fields = model.fields().stream().filter(f -> f != auto || given).map(Field::name).toList();
            int chunk = fields.isEmpty() || !engine.capability().multiRowInsert()
                    ? 1 : Math.max(1, engine.capability().maxBindParameters() / fields.size());
            return new InsertShape(fields, auto, missing, given, chunk);
        }
    }

    private static List<List<Expr>> exprRows(Model model, List<String> fields, List<Object[]> rows) {
        int[] indexes = new int[fields.size()];
        for (int f = 0; f < indexes.length; f++) {
            indexes[f] = model.field(fields.get(f)).index();
        }
        List<List<Expr>> out = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            Expr[] row = new Expr[indexes.length];
            for (int f = 0; f < indexes.length; f++) {
                row[f] = new ExprValue(values[indexes[f]]);
            }
            out.add(List.of(row));
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

    private static boolean hasChildren(Model model) {
        return model.relations().stream().anyMatch(r -> r.kind() != dev.toasty.schema.Relation.Kind.BELONGS_TO);
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

    private static void requireLoaded(Model model, Object[] values) {
        for (Field f : model.fields()) {
            if (values[f.index()] == dev.toasty.internal.mapping.ModelMapper.notLoaded()) {
                throw new ValidationException("Field " + model.name() + "." + f.name() + " was not loaded, so this record cannot "
                        + "be inserted: read it with include(" + model.type().getSimpleName() + "_." + f.name()
                        + "), or give it Deferred.of(value)");
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
        List<Update.Assignment> assignments = assignments(model, values);
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

    /** Every non-key field; a deferred field the record was read without keeps its stored value. */
    private static List<Update.Assignment> assignments(Model model, Object[] values) {
        List<Update.Assignment> assignments = new ArrayList<>();
        for (Field f : model.fields()) {
            if (!f.key() && values[f.index()] != dev.toasty.internal.mapping.ModelMapper.notLoaded()) {
                assignments.add(new Update.Assignment(f.name(), new ExprValue(values[f.index()])));
            }
        }
        return assignments;
    }

    static <M> List<M> updateAll(Engine engine, Model model, List<M> instances) {
        List<Update> updates = new ArrayList<>(instances.size());
        for (M instance : instances) {
            if (instance == null) {
                throw new IllegalArgumentException("updateAll(...) was given a null " + model.name());
            }
            if (modelOf(instance) != model.type()) {
                throw new IllegalArgumentException("updateAll(...) takes records of one model: " + model.name() + " and "
                        + instance.getClass().getSimpleName() + " were mixed");
            }
            Object[] values = model.mapper().values(instance);
            validate(model, values);
            List<Update.Assignment> assignments = assignments(model, values);
            if (assignments.isEmpty()) {
                // nothing to write but the key: update(...) checks that the record exists
                return engine.transaction(() -> {
                    instances.forEach(i -> update(engine, model, i));
                    return List.copyOf(instances);
                });
            }
            updates.add(new Update(model.type(), assignments, keyFilter(model, values)));
        }
        return engine.transaction(() -> {
            long[] counts = engine.writeBatch(updates);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new RecordNotFoundException("updateAll(...) found no " + model.name() + " with the key of record "
                            + i + " of the list: it was deleted, or never inserted; nothing was updated");
                }
            }
            return List.copyOf(instances);
        });
    }

    private static Class<?> modelOf(Object instance) {
        return instance.getClass();
    }

    static boolean delete(Engine engine, Model model, Object instance) {
        return DeleteRules.delete(engine, model, keyFilter(model, model.mapper().values(instance))) > 0;
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
