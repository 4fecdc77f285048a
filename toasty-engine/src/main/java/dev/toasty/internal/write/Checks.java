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

/** The checks every write makes before a statement: required values present, deferred fields loaded, a key to find the record by. */
public final class Checks {

    private Checks() {
    }

    public static void validate(Model model, Object[] values) {
        for (Field f : model.fields()) {
            if (!(f.auto() && f.type().isIntegral())) {
                requireValue(model, f, values[f.index()]);
            }
        }
    }

    static void requireLoaded(Model model, Object[] values) {
        for (Field f : model.fields()) {
            if (values[f.index()] == dev.toasty.internal.mapping.ModelMapper.notLoaded()) {
                throw new ValidationException("Field " + model.name() + "." + f.name() + " was not loaded, so this record cannot "
                        + "be inserted: read it with include(" + model.type().getSimpleName() + "_." + f.name()
                        + "), or give it Deferred.of(value)");
            }
        }
    }

    public static void requireValue(Model model, Field f, Object value) {
        if (value == null && !f.nullable()) {
            throw new ValidationException("Field " + model.name() + "." + f.name() + " is required but was null: "
                    + "give it a value" + (f.key() ? "" : ", or make it nullable (remove @Required/@NotNull)"));
        }
    }

    /** {@code key1 = ? AND key2 = ?} for the key values found in {@code values} (in field order). */
    public static Expr keyFilter(Model model, Object[] values) {
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
