package dev.toasty.internal.write;

import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.driver.Feature;
import dev.toasty.internal.engine.Engine;
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

    public static <M> M update(Engine engine, Model model, M instance) {
        Object[] values = model.records().values(instance);
        Checks.validate(model, values);
        List<Update.Assignment> assignments = assignments(model, values);
        long changed = assignments.isEmpty()
                ? (engine.exists(new dev.toasty.internal.stmt.Select(model.type(), Checks.keyFilter(model, values), List.of(), null, null,
                        dev.toasty.internal.stmt.Select.Returning.EXISTS)) ? 1 : 0)
                : engine.write(new Update(model.type(), assignments, Checks.keyFilter(model, values)));
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

    public static <M> List<M> updateAll(Engine engine, Model model, List<M> instances) {
        List<Update> updates = new ArrayList<>(instances.size());
        for (M instance : instances) {
            if (instance == null) {
                throw new IllegalArgumentException("updateAll(...) was given a null " + model.name());
            }
            if (modelOf(instance) != model.type()) {
                throw new IllegalArgumentException("updateAll(...) takes records of one model: " + model.name() + " and "
                        + instance.getClass().getSimpleName() + " were mixed");
            }
            Object[] values = model.records().values(instance);
            Checks.validate(model, values);
            List<Update.Assignment> assignments = assignments(model, values);
            if (assignments.isEmpty()) {
                // nothing to write but the key: update(...) checks that the record exists
                return engine.transaction(() -> {
                    instances.forEach(i -> update(engine, model, i));
                    return List.copyOf(instances);
                });
            }
            updates.add(new Update(model.type(), assignments, Checks.keyFilter(model, values)));
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
}
