package dev.toasty.internal.write;

import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.driver.Feature;
import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.engine.Stamps;
import dev.toasty.internal.engine.UuidV7;
import dev.toasty.internal.engine.Verifier;
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

/**
 * Inserts of model instances: required fields validated, client keys filled, loaded belongs-to targets turned
 * into foreign keys, rows chunked to the backend's bind limit, and loaded has-many/has-one children inserted
 * after their parent; several statements run in one transaction, so a failure leaves nothing written.
 */
public final class Inserts {

    private Inserts() {
    }

    public static <M> M insert(Engine engine, Model model, M instance) {
        return insertAll(engine, model, List.of(instance)).get(0);
    }

    public static <M> List<M> insertAll(Engine engine, Model model, List<M> instances) {
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
            M pointing = model.relations().isEmpty() ? instance : (M) foreignKeysFromTargets(engine, model, instance);
            M withKey = Versions.initial(model, clientKey(model, Stamps.onInsert(engine.writes(), model, pointing)));
            if (children) {
                validateChildren(engine, model, withKey);
            }
            Object[] values = model.records().values(withKey);
            Checks.validate(model, values);
            Checks.requireLoaded(model, values);
            rows.add(values);
            prepared.add(withKey);
        }
        engine.writes().checks().check(model, prepared);
        InsertShape shape = InsertShape.of(engine, model, rows);
        if (rows.size() == 1 && !children && !shape.keysGiven() && (!shape.returnKeys() || engine.capability().has(Feature.RETURNING_CLAUSE))) {
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
                    M withChildren = (M) insertChildren(engine, model, out.get(i));
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
            Field auto = Inserts.identity(model);
            boolean given = auto != null && rows.stream().anyMatch(r -> !unset(auto, r[auto.index()]));
            boolean missing = auto != null && rows.stream().anyMatch(r -> unset(auto, r[auto.index()]));
            if (given && missing) {
                throw new IllegalArgumentException("insertAll(...) mixes " + model.name() + "s with and without a "
                        + auto.name() + ": insert them in two calls");
            }
            if (missing) {
                Verifier.require(engine.capability(), Feature.RETURNING, "generated keys on insert",
                        "give " + model.name() + "." + auto.name() + " a value");
            }
            List<String> fields = model.fields().stream().filter(f -> f != auto || given).map(Field::name).toList();
            int chunk = fields.isEmpty() || !engine.capability().has(Feature.MULTI_ROW_INSERT)
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
        return (M) model.records().with(instance, field.index(), converted);
    }

    static boolean hasChildren(Model model) {
        return model.relations().stream().anyMatch(r -> r.kind() != dev.toasty.schema.Relation.Kind.BELONGS_TO);
    }

    /** Fills a null {@code @Auto} UUID key with a UUID v7. */
    @SuppressWarnings("unchecked")
    static <M> M clientKey(Model model, M instance) {
        for (Field f : model.key()) {
            if (f.auto() && f.type() == FieldType.UUID && model.records().get(instance, f.index()) == null) {
                return (M) model.records().with(instance, f.index(), UuidV7.next());
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

    /** Before an insert: foreign keys taken from loaded belongs-to targets that have a key. */
    public static Object foreignKeysFromTargets(Engine engine, Model model, Object instance) {
        Object out = instance;
        for (Relation r : model.relations()) {
            if (r.kind() != Relation.Kind.BELONGS_TO) {
                continue;
            }
            BelongsTo<?> wrapper = (BelongsTo<?>) model.records().relation(out, model.relationIndex(r));
            if (wrapper == null || !wrapper.isLoaded() || wrapper.get() == null) {
                continue;
            }
            Object target = wrapper.get();
            Model targetModel = engine.schema().model(target.getClass());
            for (int i = 0; i < r.foreignKey().size(); i++) {
                Field fk = r.foreignKey().get(i);
                Object value = targetModel.records().get(target, targetModel.key().get(i).index());
                if (model.records().get(out, fk.index()) == null && value != null) {
                    out = model.records().with(out, fk.index(), value);
                }
            }
            if (r.polymorphic() && model.records().get(out, r.typeField().index()) == null) {
                out = model.records().with(out, r.typeField().index(), targetModel.name());
            }
        }
        return out;
    }

    /** After a parent was inserted (with its key): its loaded has-many and has-one children inserted, pointing at it. */
    public static Object insertChildren(Engine engine, Model model, Object parent) {
        Object out = parent;
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO) {
                continue;
            }
            Object wrapper = model.records().relation(parent, model.relationIndex(r));
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
            List<Object> inserted = insertAll(engine, target, pointed);
            Object value = r.kind() == Relation.Kind.HAS_MANY ? HasMany.of(inserted)
                    : HasOne.of(inserted.isEmpty() ? null : inserted.get(0));
            out = model.records().withRelation(out, model.relationIndex(r), value);
        }
        return out;
    }

    /**
     * Before anything is written: every loaded child (and theirs) holds its required fields, the foreign key
     * pointing at the parent aside. Backends without transactions then refuse a bad child before the parent is written.
     */
    public static void validateChildren(Engine engine, Model model, Object parent) {
        for (Relation r : model.relations()) {
            if (r.kind() == Relation.Kind.BELONGS_TO || r.through() != null) {
                continue;
            }
            List<?> children = children(model.records().relation(parent, model.relationIndex(r)));
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
                Object[] values = target.records().values(child);
                for (Field f : target.fields()) {
                    boolean pointer = inverse.foreignKey().contains(f) || (inverse.polymorphic() && inverse.typeField().equals(f));
                    if (!pointer && !(f.auto() && f.type().isIntegral())) {
                        Checks.requireValue(target, f, values[f.index()]);
                    }
                }
                validateChildren(engine, target, child);
            }
        }
    }

    static List<?> children(Object wrapper) {
        if (wrapper instanceof HasMany<?> many && many.isLoaded()) {
            return many.get();
        }
        if (wrapper instanceof HasOne<?> one && one.isLoaded()) {
            return one.get() == null ? List.of() : List.of(one.get());
        }
        return null;
    }

    /** {@code child} with the foreign key of {@code inverse} set to the key of {@code parent}. */
    static Object pointAt(Model model, Object parent, Model target, Relation inverse, Object child) {
        Object out = child;
        for (int i = 0; i < inverse.foreignKey().size(); i++) {
            Object key = model.records().get(parent, model.key().get(i).index());
            out = target.records().with(out, inverse.foreignKey().get(i).index(), key);
        }
        if (inverse.polymorphic()) {
            out = target.records().with(out, inverse.typeField().index(), model.name());
        }
        return out;
    }

}
