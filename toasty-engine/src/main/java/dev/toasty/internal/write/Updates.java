package dev.toasty.internal.write;

import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.driver.Feature;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Stamps;
import dev.toasty.internal.engine.UuidV7;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Update;
import dev.toasty.query.RelationPath;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.List;

/** Updates of model instances by key: one at a time, or a list as one atomic batch. */
public final class Updates {

    private Updates() {
    }

    /**
     * Writes the instance's row by its key, then the children its loaded has-many and has-one relations hold
     * ({@link ChildWrites}), all in one transaction; returns the instance holding its children as written.
     */
    @SuppressWarnings("unchecked")
    public static <M> M update(Engine engine, Model model, M given) {
        M instance = Stamps.onUpdate(engine.writes(), model, given);
        engine.writes().checks().check(model, List.of(instance));
        Object[] values = model.records().values(instance);
        Checks.validate(model, values);
        if (!Inserts.hasChildren(model) || !ChildWrites.holdsChildren(model, instance)) {
            requireFound(writeRow(engine, model, values), model, values);
            return Versions.advanced(model, instance);
        }
        ChildWrites.check(engine, model, instance);
        return engine.transaction(() -> {
            requireFound(writeRow(engine, model, values), model, values);
            return (M) ChildWrites.write(engine, model, Versions.advanced(model, instance));
        });
    }

    /**
     * Writes one row by its key, and for a versioned model its version, storing the next version (checks that it exists
     * when there is nothing but the key); whether it was found.
     */
    static boolean writeRow(Engine engine, Model model, Object[] values) {
        Checks.validate(model, values);
        Expr filter = Versions.filter(model, values);
        List<Update.Assignment> assignments = assignments(engine, model, values);
        if (assignments.isEmpty()) {
            return engine.exists(new dev.toasty.internal.stmt.Select(model.type(), filter, List.of(), null, null,
                    dev.toasty.internal.stmt.Select.Returning.EXISTS));
        }
        return engine.write(new Update(model.type(), assignments, filter)) > 0;
    }

    private static void requireFound(boolean found, Model model, Object[] values) {
        if (found) {
            return;
        }
        if (model.version() != null) {
            throw Versions.stale(model, values, "update");
        }
        throw new RecordNotFoundException("update(...) found no " + model.name() + " with this key: "
                + "it was deleted, or never inserted");
    }

    /** Every non-key field; a deferred field the record was read without keeps its stored value. */
    private static List<Update.Assignment> assignments(Engine engine, Model model, Object[] values) {
        List<Update.Assignment> assignments = new ArrayList<>();
        boolean stamped = Stamps.stamped(engine.writes(), model);
        for (Field f : model.fields()) {
            if (stamped && Stamps.createdOnly(engine.writes(), model, f)) {
                continue;
            }
            if (f.version()) {
                assignments.add(new Update.Assignment(f.name(), new ExprValue(Versions.next(f, values[f.index()]))));
            } else if (!f.key() && values[f.index()] != dev.toasty.internal.mapping.ModelMapper.notLoaded()) {
                assignments.add(new Update.Assignment(f.name(), new ExprValue(values[f.index()])));
            }
        }
        return assignments;
    }

    public static <M> List<M> updateAll(Engine engine, Model model, List<M> given) {
        for (M instance : given) {
            if (instance == null) {
                throw new IllegalArgumentException("updateAll(...) was given a null " + model.name());
            }
            if (modelOf(instance) != model.type()) {
                throw new IllegalArgumentException("updateAll(...) takes records of one model: " + model.name() + " and "
                        + instance.getClass().getSimpleName() + " were mixed");
            }
        }
        List<M> instances = given.stream().map(i -> Stamps.onUpdate(engine.writes(), model, i)).toList();
        engine.writes().checks().check(model, instances);
        List<Update> updates = new ArrayList<>(instances.size());
        for (M instance : instances) {
            Object[] values = model.records().values(instance);
            Checks.validate(model, values);
            Expr filter = Versions.filter(model, values);
            List<Update.Assignment> assignments = assignments(engine, model, values);
            if (assignments.isEmpty() || (Inserts.hasChildren(model) && ChildWrites.holdsChildren(model, instance))) {
                // nothing to write but the key, or children to write: update(...) one by one, in one transaction
                instances.forEach(i -> ChildWrites.check(engine, model, i));
                return engine.transaction(() -> {
                    List<M> out = new ArrayList<>(instances.size());
                    instances.forEach(i -> out.add(update(engine, model, i)));
                    return List.copyOf(out);
                });
            }
            updates.add(new Update(model.type(), assignments, filter));
        }
        return engine.transaction(() -> {
            long[] counts = engine.writeBatch(updates);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0 && model.version() != null) {
                    throw Versions.stale(model, model.records().values(instances.get(i)), "updateAll(...) (record " + i + ")");
                }
                if (counts[i] == 0) {
                    throw new RecordNotFoundException("updateAll(...) found no " + model.name() + " with the key of record "
                            + i + " of the list: it was deleted, or never inserted; nothing was updated");
                }
            }
            return instances.stream().map(i -> Versions.advanced(model, i)).toList();
        });
    }

    private static Class<?> modelOf(Object instance) {
        return instance.getClass();
    }
}
