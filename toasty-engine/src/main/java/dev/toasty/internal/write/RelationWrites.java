package dev.toasty.internal.write;

import dev.toasty.RecordNotFoundException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Update;
import dev.toasty.query.RelationPath;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes on a relation of records that exist: links and unlinks, a has-one replaced (inserting a parent with
 * its children is {@link Inserts}'). Each runs in one transaction where the backend has them, so a failure
 * leaves nothing half-written.
 */
public final class RelationWrites {

    private RelationWrites() {
    }

    public static <P, C> C link(Engine engine, P parent, RelationPath<P, C> path, C child) {
        Model model = engine.schema().model(path.model());
        Relation r = single(model, path, "link");
        Model target = engine.schema().model(r.target());
        if (r.kind() == Relation.Kind.BELONGS_TO) {
            throw new IllegalArgumentException("link(...) takes a has-many or has-one relation; " + r.qualifiedName()
                    + " belongs to its target: set its foreign key and update(...) the record");
        }
        return engine.transaction(() -> {
            if (r.through() != null) {
                insertJoin(engine, model, parent, r, target, child, "link(...)");
                return child;
            }
            Relation inverse = target.relation(r.inverse());
            @SuppressWarnings("unchecked")
            C pointed = (C) Inserts.pointAt(model, parent, target, inverse, child);
            assign(engine, target, pointed, inverse, false);
            return pointed;
        });
    }

    public static <P, C> void unlink(Engine engine, P parent, RelationPath<P, C> path, C child) {
        Model model = engine.schema().model(path.model());
        Relation r = single(model, path, "unlink");
        Model target = engine.schema().model(r.target());
        engine.transaction(() -> {
            if (r.through() != null) {
                Relation toJoin = model.relation(r.through());
                Model join = engine.schema().model(toJoin.target());
                Expr filter = Expr.and(List.of(
                        fkEquals(join, join.relation(toJoin.inverse()), model, parent),
                        fkEquals(join, join.relation(r.throughTarget()), target, child)));
                engine.write(new dev.toasty.internal.stmt.Delete(join.type(), filter));
                return null;
            }
            Relation inverse = target.relation(r.inverse());
            if (inverse.foreignKey().stream().anyMatch(f -> !f.nullable())) {
                throw new ValidationException("unlink(...) on " + r.qualifiedName() + " would set the required "
                        + target.name() + "." + inverse.foreignKey().get(0).name() + " to null: delete the "
                        + target.name() + " instead, or make its foreign key nullable");
            }
            assign(engine, target, child, inverse, true);
            return null;
        });
    }

    /** Replaces the has-one of {@code parent} with {@code child} (inserted when it has no key): the old one is deleted, or unlinked when its foreign key is nullable. */
    public static <P, C> C replace(Engine engine, P parent, RelationPath<P, C> path, C child) {
        Model model = engine.schema().model(path.model());
        Relation r = single(model, path, "replace");
        if (r.kind() != Relation.Kind.HAS_ONE) {
            throw new IllegalArgumentException("replace(...) takes a has-one relation; " + r.qualifiedName() + " is not one");
        }
        Model target = engine.schema().model(r.target());
        Relation inverse = target.relation(r.inverse());
        return engine.transaction(() -> {
            Expr current = fkEquals(target, inverse, model, parent);
            if (inverse.foreignKey().stream().allMatch(Field::nullable)) {
                List<Update.Assignment> nulls = inverse.foreignKey().stream()
                        .map(f -> new Update.Assignment(f.name(), new ExprValue(null))).toList();
                engine.write(new Update(target.type(), nulls, current));
            } else {
                engine.write(new dev.toasty.internal.stmt.Delete(target.type(), current));
            }
            if (child == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            C pointed = (C) Inserts.pointAt(model, parent, target, inverse, child);
            boolean isNew = target.key().stream().anyMatch(k -> target.records().get(pointed, k.index()) == null);
            if (isNew) {
                return Inserts.insert(engine, target, pointed);
            }
            assign(engine, target, pointed, inverse, false);
            return pointed;
        });
    }

    static void insertJoin(Engine engine, Model model, Object parent, Relation r, Model target, Object child, String operation) {
        Relation toJoin = model.relation(r.through());
        Model join = engine.schema().model(toJoin.target());
        Object[] values = new Object[join.fields().size()];
        Relation back = join.relation(toJoin.inverse());
        Relation reach = join.relation(r.throughTarget());
        for (int i = 0; i < back.foreignKey().size(); i++) {
            values[back.foreignKey().get(i).index()] = model.records().get(parent, model.key().get(i).index());
        }
        for (int i = 0; i < reach.foreignKey().size(); i++) {
            values[reach.foreignKey().get(i).index()] = target.records().get(child, target.key().get(i).index());
        }
        for (Field f : join.fields()) {
            if (values[f.index()] == null && f.isPrimitive()) {
                values[f.index()] = primitiveZero(f);
            }
        }
        Object record;
        try {
            record = join.records().create(values);
            Checks.validate(join, join.records().values(record));
        } catch (ValidationException e) {
            throw new ValidationException(operation + " on " + r.qualifiedName() + " creates a " + join.name()
                    + " with only its foreign keys, but " + e.getMessage() + ". Insert the " + join.name() + " yourself instead");
        }
        Inserts.insert(engine, join, record);
    }

    private static Object primitiveZero(Field f) {
        return switch (f.type()) {
            case BOOLEAN -> false;
            case BYTE -> (byte) 0;
            case SHORT -> (short) 0;
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            default -> null;
        };
    }

    /** Writes the foreign key of {@code inverse} of one record ({@code null} values when clearing). */
    private static void assign(Engine engine, Model target, Object child, Relation inverse, boolean clear) {
        List<Update.Assignment> assignments = new ArrayList<>();
        for (Field f : inverse.foreignKey()) {
            assignments.add(new Update.Assignment(f.name(), new ExprValue(clear ? null : target.records().get(child, f.index()))));
        }
        if (inverse.polymorphic()) {
            assignments.add(new Update.Assignment(inverse.typeField().name(),
                    new ExprValue(clear ? null : target.records().get(child, inverse.typeField().index()))));
        }
        long changed = engine.write(new Update(target.type(), assignments, Checks.keyFilter(target, target.records().values(child))));
        if (changed == 0) {
            throw new RecordNotFoundException("No " + target.name() + " with this key: insert it before linking it");
        }
    }

    static Expr fkEquals(Model m, Relation belongsTo, Model owner, Object ownerRecord) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < belongsTo.foreignKey().size(); i++) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(m.type(), belongsTo.foreignKey().get(i).name()),
                    new ExprValue(owner.records().get(ownerRecord, owner.key().get(i).index()))));
        }
        if (belongsTo.polymorphic()) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(m.type(), belongsTo.typeField().name()), new ExprValue(owner.name())));
        }
        return Expr.and(terms);
    }

    private static Relation single(Model model, RelationPath<?, ?> path, String operation) {
        if (path.length() != 1) {
            throw new IllegalArgumentException(operation + "(...) takes one relation, not the chain " + path);
        }
        return model.relation(path.name());
    }
}
