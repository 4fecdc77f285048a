package dev.toasty;

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
 * Writes that follow relations: a parent inserted with its children, links and unlinks, a has-one
 * replaced. Each runs in one transaction on SQL backends, so a failure leaves nothing half-written.
 */
final class RelationWrites {

    private RelationWrites() {
    }

    /** Before an insert: foreign keys taken from loaded belongs-to targets that have a key. */
    static Object foreignKeysFromTargets(Engine engine, Model model, Object instance) {
        Object out = instance;
        for (Relation r : model.relations()) {
            if (r.kind() != Relation.Kind.BELONGS_TO) {
                continue;
            }
            BelongsTo<?> wrapper = (BelongsTo<?>) model.mapper().relation(out, model.relationIndex(r));
            if (wrapper == null || !wrapper.isLoaded() || wrapper.get() == null) {
                continue;
            }
            Object target = wrapper.get();
            Model targetModel = engine.schema().model(target.getClass());
            for (int i = 0; i < r.foreignKey().size(); i++) {
                Field fk = r.foreignKey().get(i);
                Object value = targetModel.mapper().get(target, targetModel.key().get(i).index());
                if (model.mapper().get(out, fk.index()) == null && value != null) {
                    out = model.mapper().with(out, fk.index(), value);
                }
            }
            if (r.polymorphic() && model.mapper().get(out, r.typeField().index()) == null) {
                out = model.mapper().with(out, r.typeField().index(), targetModel.name());
            }
        }
        return out;
    }

    /** After a parent was inserted (with its key): its loaded has-many and has-one children inserted, pointing at it. */
    static Object insertChildren(Engine engine, Model model, Object parent) {
        Object out = parent;
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO) {
                continue;
            }
            Object wrapper = model.mapper().relation(parent, model.relationIndex(r));
            List<?> children = children(wrapper);
            if (children == null) {
                if (r.required() && r.kind() == Relation.Kind.HAS_ONE) {
                    throw new ValidationException(r.qualifiedName() + " is @HasOne.Required: insert the " + model.name()
                            + " with HasOne.of(...)");
                }
                continue;
            }
            if (r.through() != null) {
                if (!children.isEmpty()) {
                    throw new UnsupportedFeatureException("inserting " + r.qualifiedName() + " with its owner", "Toasty",
                            "insert the join records (" + model.relation(r.through()).target().getSimpleName()
                                    + ") or call link(...) for each");
                }
                continue;
            }
            Model target = engine.schema().model(r.target());
            Relation inverse = target.relation(r.inverse());
            List<Object> pointed = new ArrayList<>(children.size());
            for (Object child : children) {
                pointed.add(pointAt(model, parent, target, inverse, child));
            }
            List<Object> inserted = Writes.insertAll(engine, target, pointed);
            Object value = r.kind() == Relation.Kind.HAS_MANY ? HasMany.of(inserted)
                    : HasOne.of(inserted.isEmpty() ? null : inserted.get(0));
            out = model.mapper().withRelation(out, model.relationIndex(r), value);
        }
        return out;
    }

    /**
     * Before anything is written: every loaded child (and theirs) holds its required fields, the foreign key
     * pointing at the parent aside. Backends without transactions then refuse a bad child before the parent is written.
     */
    static void validateChildren(Engine engine, Model model, Object parent) {
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO || r.through() != null) {
                continue;
            }
            List<?> children = children(model.mapper().relation(parent, model.relationIndex(r)));
            if (r.required() && r.kind() == Relation.Kind.HAS_ONE && (children == null || children.isEmpty())) {
                throw new ValidationException(r.qualifiedName() + " is @HasOne.Required: insert the " + model.name()
                        + " with HasOne.of(...)");
            }
            if (children == null) {
                continue;
            }
            Model target = engine.schema().model(r.target());
            Relation inverse = target.relation(r.inverse());
            for (Object child : children) {
                Object[] values = target.mapper().values(child);
                for (Field f : target.fields()) {
                    boolean pointer = inverse.foreignKey().contains(f) || (inverse.polymorphic() && inverse.typeField().equals(f));
                    if (!pointer && !(f.auto() && f.type().isIntegral())) {
                        Writes.requireValue(target, f, values[f.index()]);
                    }
                }
                validateChildren(engine, target, child);
            }
        }
    }

    private static List<?> children(Object wrapper) {
        if (wrapper instanceof HasMany<?> many && many.isLoaded()) {
            return many.get();
        }
        if (wrapper instanceof HasOne<?> one && one.isLoaded()) {
            return one.get() == null ? List.of() : List.of(one.get());
        }
        return null;
    }

    /** {@code child} with the foreign key of {@code inverse} set to the key of {@code parent}. */
    private static Object pointAt(Model model, Object parent, Model target, Relation inverse, Object child) {
        Object out = child;
        for (int i = 0; i < inverse.foreignKey().size(); i++) {
            Object key = model.mapper().get(parent, model.key().get(i).index());
            out = target.mapper().with(out, inverse.foreignKey().get(i).index(), key);
        }
        if (inverse.polymorphic()) {
            out = target.mapper().with(out, inverse.typeField().index(), model.name());
        }
        return out;
    }

    static <P, C> C link(Engine engine, P parent, RelationPath<P, C> path, C child) {
        Model model = engine.schema().model(path.model());
        Relation r = single(model, path, "link");
        Model target = engine.schema().model(r.target());
        if (r.kind() == Relation.Kind.BELONGS_TO) {
            throw new IllegalArgumentException("link(...) takes a has-many or has-one relation; " + r.qualifiedName()
                    + " belongs to its target: set its foreign key and update(...) the record");
        }
        return engine.transaction(() -> {
            if (r.through() != null) {
                insertJoin(engine, model, parent, r, target, child);
                return child;
            }
            Relation inverse = target.relation(r.inverse());
            @SuppressWarnings("unchecked")
            C pointed = (C) pointAt(model, parent, target, inverse, child);
            assign(engine, target, pointed, inverse, false);
            return pointed;
        });
    }

    static <P, C> void unlink(Engine engine, P parent, RelationPath<P, C> path, C child) {
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
    static <P, C> C replace(Engine engine, P parent, RelationPath<P, C> path, C child) {
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
            C pointed = (C) pointAt(model, parent, target, inverse, child);
            boolean isNew = target.key().stream().anyMatch(k -> target.mapper().get(pointed, k.index()) == null);
            if (isNew) {
                return Writes.insert(engine, target, pointed);
            }
            assign(engine, target, pointed, inverse, false);
            return pointed;
        });
    }

    private static void insertJoin(Engine engine, Model model, Object parent, Relation r, Model target, Object child) {
        Relation toJoin = model.relation(r.through());
        Model join = engine.schema().model(toJoin.target());
        Object[] values = new Object[join.fields().size()];
        Relation back = join.relation(toJoin.inverse());
        Relation reach = join.relation(r.throughTarget());
        for (int i = 0; i < back.foreignKey().size(); i++) {
            values[back.foreignKey().get(i).index()] = model.mapper().get(parent, model.key().get(i).index());
        }
        for (int i = 0; i < reach.foreignKey().size(); i++) {
            values[reach.foreignKey().get(i).index()] = target.mapper().get(child, target.key().get(i).index());
        }
        for (Field f : join.fields()) {
            if (values[f.index()] == null && f.isPrimitive()) {
                values[f.index()] = primitiveZero(f);
            }
        }
        Object record;
        try {
            record = join.mapper().create(values);
            Writes.validate(join, join.mapper().values(record));
        } catch (ValidationException e) {
            throw new ValidationException("link(...) on " + r.qualifiedName() + " creates a " + join.name()
                    + " with only its foreign keys, but " + e.getMessage() + ". Insert the " + join.name() + " yourself instead");
        }
        Writes.insert(engine, join, record);
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
            assignments.add(new Update.Assignment(f.name(), new ExprValue(clear ? null : target.mapper().get(child, f.index()))));
        }
        if (inverse.polymorphic()) {
            assignments.add(new Update.Assignment(inverse.typeField().name(),
                    new ExprValue(clear ? null : target.mapper().get(child, inverse.typeField().index()))));
        }
        long changed = engine.write(new Update(target.type(), assignments, Writes.keyFilter(target, target.mapper().values(child))));
        if (changed == 0) {
            throw new RecordNotFoundException("No " + target.name() + " with this key: insert it before linking it");
        }
    }

    private static Expr fkEquals(Model m, Relation belongsTo, Model owner, Object ownerRecord) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < belongsTo.foreignKey().size(); i++) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(m.type(), belongsTo.foreignKey().get(i).name()),
                    new ExprValue(owner.mapper().get(ownerRecord, owner.key().get(i).index()))));
        }
        if (belongsTo.polymorphic()) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(m.type(), belongsTo.typeField().name()), new ExprValue(owner.name())));
        }
        return Expr.and(terms);
    }

    private static Relation single(Model model, RelationPath<?, ?> path, String operation) {
        if (path.hops().size() != 1) {
            throw new IllegalArgumentException(operation + "(...) takes one relation, not the chain " + path);
        }
        return model.relation(path.name());
    }
}
