package dev.toasty.internal.write;

import dev.toasty.ValidationException;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Update;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The children a saved record holds, written after its own row: for each loaded has-many and has-one, a child
 * without a key is inserted, a child with one is updated (inserted when no row has its key), each pointing at
 * the owner, and the child's own loaded children follow. A loaded has-one replaces the record stored before
 * (unlinked when its foreign key is nullable, else deleted, as {@code replace(...)} does); a has-many with
 * {@link HasMany.RemoveOrphans} deletes the children it no longer holds, and leaves them otherwise. A
 * many-to-many's links follow the list: missing join records are inserted, those of records no longer held are
 * deleted (the linked records themselves are not written). Relations that are not loaded are not touched.
 */
final class ChildWrites {

    private ChildWrites() {
    }

    /** Whether {@code instance} holds a loaded has-many or has-one: only then has saving it more to write than its row. */
    static boolean holdsChildren(Model model, Object instance) {
        for (Relation r : model.relations()) {
            if (r.kind() != Relation.Kind.BELONGS_TO && Inserts.children(model.records().relation(instance, model.relationIndex(r))) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before anything is written: every loaded child, pointed at its owner, holds its required values, and every
     * record of a many-to-many has a key. So a bad child is refused first, even where a backend has no transactions.
     */
    static void check(Engine engine, Model model, Object owner) {
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO) {
                continue;
            }
            List<?> children = Inserts.children(model.records().relation(owner, model.relationIndex(r)));
            if (children == null) {
                continue;
            }
            if (r.required() && children.isEmpty()) {
                throw new ValidationException(r.qualifiedName() + " is @HasOne.Required: the " + model.name()
                        + " cannot be saved with HasOne.of(null)");
            }
            Model target = engine.schema().model(r.target());
            for (Object child : children) {
                if (r.through() != null) {
                    if (isNew(target, child)) {
                        throw new ValidationException(r.qualifiedName() + " holds a " + target.name() + " that has no key: "
                                + "insert it before saving the " + model.name() + " that links it");
                    }
                    continue;
                }
                Object pointed = Inserts.pointAt(model, owner, target, target.relation(r.inverse()), child);
                Object[] values = target.records().values(pointed);
                for (Field f : target.fields()) {
                    if (!f.auto()) {
                        Checks.requireValue(target, f, values[f.index()]);
                    }
                }
                check(engine, target, pointed);
            }
        }
    }

    /** Writes the children {@code owner} holds (its own row is written); returns it holding them as written. */
    static Object write(Engine engine, Model model, Object owner) {
        Object out = owner;
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO) {
                continue;
            }
            List<?> children = Inserts.children(model.records().relation(owner, model.relationIndex(r)));
            if (children == null) {
                continue;
            }
            Model target = engine.schema().model(r.target());
            if (r.through() != null) {
                syncLinks(engine, model, owner, r, target, children);
                continue;
            }
            Relation inverse = target.relation(r.inverse());
            if (r.kind() == Relation.Kind.HAS_ONE || r.removeOrphans()) {
                // first, so that a unique foreign key (a has-one's) is free for the record that replaces
                removeOthers(engine, model, owner, target, inverse, children, r.kind() == Relation.Kind.HAS_ONE);
            }
            List<Object> written = new ArrayList<>(children.size());
            for (Object child : children) {
                written.add(save(engine, target, Inserts.pointAt(model, owner, target, inverse, child)));
            }
            Object value = r.kind() == Relation.Kind.HAS_MANY ? HasMany.of(written)
                    : HasOne.of(written.isEmpty() ? null : written.get(0));
            out = model.records().withRelation(out, model.relationIndex(r), value);
        }
        return out;
    }

    /** One child: inserted when new, else its row updated (or inserted, when no row has its key), then its own children. */
    private static Object save(Engine engine, Model target, Object child) {
        if (isNew(target, child)) {
            return Inserts.insert(engine, target, child);
        }
        Object[] values = target.records().values(child);
        if (!Updates.writeRow(engine, target, values)) {
            if (target.version() != null) {
                throw Versions.stale(target, values, "update");
            }
            return Inserts.insert(engine, target, child);
        }
        return write(engine, target, Versions.advanced(target, child));
    }

    /**
     * The records pointing at the owner other than those {@code kept} (by key; new ones have none): for a has-one,
     * unlinked when the foreign key is nullable, else deleted; for a has-many with orphan removal, deleted. Deletes
     * apply the records' own delete rules.
     */
    private static void removeOthers(Engine engine, Model model, Object owner, Model target, Relation inverse,
                                     List<?> kept, boolean hasOne) {
        List<Expr> terms = new ArrayList<>();
        terms.add(RelationWrites.fkEquals(target, inverse, model, owner));
        for (Object child : kept) {
            if (!isNew(target, child)) {
                terms.add(new ExprNot(Checks.keyFilter(target, target.records().values(child))));
            }
        }
        Expr others = Expr.and(terms);
        if (hasOne && inverse.foreignKey().stream().allMatch(Field::nullable)) {
            List<Update.Assignment> nulls = inverse.foreignKey().stream()
                    .map(f -> new Update.Assignment(f.name(), new ExprValue(null))).toList();
            engine.write(new Update(target.type(), nulls, others));
            return;
        }
        DeleteRules.delete(engine, target, others);
    }

    /** A many-to-many's join records made to match the records the list holds. */
    private static void syncLinks(Engine engine, Model model, Object owner, Relation r, Model target, List<?> children) {
        Relation toJoin = model.relation(r.through());
        Model join = engine.schema().model(toJoin.target());
        Relation back = join.relation(toJoin.inverse());
        Relation reach = join.relation(r.throughTarget());
        Expr ofOwner = RelationWrites.fkEquals(join, back, model, owner);
        Set<List<Object>> stored = new HashSet<>();
        for (Object row : engine.list(new Select(join.type(), ofOwner, List.of(), null, null, Select.Returning.ROWS, true))) {
            stored.add(values(join, row, reach.foreignKey()));
        }
        Set<List<Object>> held = new HashSet<>();
        for (Object child : children) {
            List<Object> key = values(target, child, target.key());
            if (held.add(key) && !stored.contains(key)) {
                RelationWrites.insertJoin(engine, model, owner, r, target, child, "saving the " + model.name());
            }
        }
        for (List<Object> key : stored) {
            if (!held.contains(key)) {
                List<Expr> terms = new ArrayList<>();
                terms.add(ofOwner);
                for (int i = 0; i < key.size(); i++) {
                    terms.add(new dev.toasty.internal.stmt.ExprBinaryOp(dev.toasty.internal.stmt.BinaryOp.EQ,
                            new dev.toasty.internal.stmt.ExprPath(join.type(), reach.foreignKey().get(i).name()), new ExprValue(key.get(i))));
                }
                engine.write(new dev.toasty.internal.stmt.Delete(join.type(), Expr.and(terms)));
            }
        }
    }

    private static List<Object> values(Model model, Object instance, List<Field> fields) {
        List<Object> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            out.add(model.records().get(instance, f.index()));
        }
        return out;
    }

    /** No value in a key field (or 0 in a generated primitive one): the record was never inserted. */
    private static boolean isNew(Model model, Object instance) {
        for (Field k : model.key()) {
            Object v = model.records().get(instance, k.index());
            if (v == null || (k.auto() && k.isPrimitive() && v instanceof Number n && n.longValue() == 0)) {
                return true;
            }
        }
        return Versions.unset(model, instance);
    }
}
