package dev.toasty.internal.read;

import dev.toasty.ToastyException;
import dev.toasty.driver.Feature;

import dev.toasty.internal.engine.Engine;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprAnyOf;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads included relations: one query per relation level, whatever the number of parent records.
 * SQL backends read the related records with {@code IN} lists of the parents' keys (chunked below
 * the bind limit, padded to powers of two so that few statement shapes reach the plan cache);
 * DynamoDB reads targets by key with BatchGetItem and children with one Query per parent.
 */
public final class Includes {

    /** The most keys in one IN list. */
    static final int MAX_IN = 8192;

    private Includes() {
    }

    public static <M> List<M> load(Engine engine, Model model, List<M> rows, Map<String, IncludeTree.Node> tree) {
        return load(engine, model, rows, tree, false);
    }

    /**
     * Loads the tree for {@code rows}; {@code wholeTable} says they are every row of their table (an unfiltered,
     * unlimited query), so a SQL backend reads their children by {@code fk IS NOT NULL} instead of sending every
     * parent key: the same rows (a child whose key matches no parent is dropped before its own includes load),
     * without a thousand-value list for the database to parse and plan.
     */
    @SuppressWarnings("unchecked")
    public static <M> List<M> load(Engine engine, Model model, List<M> rows, Map<String, IncludeTree.Node> tree, boolean wholeTable) {
        if (rows.isEmpty() || tree.isEmpty()) {
            return rows;
        }
        List<Object> current = new ArrayList<>(rows);
        for (IncludeTree.Node node : tree.values()) {
            current = new Includes.Level(engine, model, node, wholeTable && engine.capability().has(Feature.FULL_SCAN)).load(current);
        }
        return (List<M>) current;
    }

    /** One relation of the tree, loaded for a list of parents. */
    private record Level(Engine engine, Model model, IncludeTree.Node node, boolean wholeTable) {

        List<Object> load(List<Object> parents) {
            Relation r = model.relation(node.relation());
            Object[] wrappers = switch (r.kind()) {
                case BELONGS_TO -> r.polymorphic() ? polymorphic(r, parents) : belongsTo(r, parents);
                case HAS_MANY, HAS_ONE -> r.through() != null ? through(r, parents) : has(r, parents);
            };
            int index = model.relationIndex(r);
            List<Object> out = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                out.add(model.records().withRelation(parents.get(i), index, wrappers[i]));
            }
            return out;
        }

        private Object[] belongsTo(Relation r, List<Object> parents) {
            Model target = engine.schema().model(r.target());
            List<Object> fks = tuples(model, r.foreignKey(), parents);
            Map<Object, Object> byKey = index(target, target.key(),
                    fetch(target, target.key(), distinct(fks), Expr.TRUE, node));
            Object[] out = new Object[parents.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = BelongsTo.of(fks.get(i) == null ? null : byKey.get(fks.get(i)));
            }
            return out;
        }

        private Object[] polymorphic(Relation r, List<Object> parents) {
            List<Object> fks = tuples(model, r.foreignKey(), parents);
            Object[] out = new Object[parents.size()];
            java.util.Arrays.fill(out, BelongsTo.of(null));
            for (Class<?> type : r.targets()) {
                Model target = engine.schema().model(type);
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < out.length; i++) {
                    if (fks.get(i) != null && target.name().equals(model.records().get(parents.get(i), r.typeField().index()))) {
                        mine.add(i);
                    }
                }
                if (mine.isEmpty()) {
                    continue;
                }
                List<Object> keys = distinct(mine.stream().map(fks::get).toList());
                Map<Object, Object> byKey = index(target, target.key(), fetch(target, target.key(), keys, Expr.TRUE, node));
                for (int i : mine) {
                    out[i] = BelongsTo.of(byKey.get(fks.get(i)));
                }
            }
            return out;
        }

        private Object[] has(Relation r, List<Object> parents) {
            Model target = engine.schema().model(r.target());
            Relation inverse = target.relation(r.inverse());
            List<Object> keys = tuples(model, model.key(), parents);
            Expr type = inverse.polymorphic() ? new ExprBinaryOp(BinaryOp.EQ,
                    new ExprPath(target.type(), inverse.typeField().name()), new ExprValue(model.name())) : Expr.TRUE;
            Keyed children = wholeTable ? fetchAll(target, inverse.foreignKey(), keys, type, node)
                    : Keyed.of(target, inverse.foreignKey(), fetch(target, inverse.foreignKey(), distinct(keys), type, node));
            Map<Object, List<Object>> groups = children.groups();
            Object[] out = new Object[parents.size()];
            for (int i = 0; i < out.length; i++) {
                List<Object> group = groups.getOrDefault(keys.get(i), List.of());
                out[i] = wrap(r, group);
            }
            return out;
        }

        /** Many-to-many: the join rows of the parents, then their targets, each target list in the include's order. */
        private Object[] through(Relation r, List<Object> parents) {
            Relation toJoin = model.relation(r.through());
            Model join = engine.schema().model(toJoin.target());
            Relation back = join.relation(toJoin.inverse());
            Relation reach = join.relation(r.throughTarget());
            Model target = engine.schema().model(r.target());
            List<Object> keys = tuples(model, model.key(), parents);
            if (engine.capability().has(Feature.JOINS)) {
                return joined(parents, keys, join, back, reach, target);
            }
            IncludeTree.Node plain = new IncludeTree.Node(toJoin.name(), Expr.TRUE, List.of(), Map.of());
            List<Object> joins = fetch(join, back.foreignKey(), distinct(keys), Expr.TRUE, plain);
            List<Object> targetKeys = tuples(join, reach.foreignKey(), joins);
            List<Object> targets = fetch(target, target.key(), distinct(targetKeys), Expr.TRUE, node);
            Map<Object, Object> byKey = index(target, target.key(), targets);
            Map<Object, Integer> rank = new java.util.IdentityHashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                rank.put(targets.get(i), i);
            }
            Map<Object, List<Object>> perParent = new HashMap<>();
            List<Object> joinParents = tuples(join, back.foreignKey(), joins);
            for (int j = 0; j < joins.size(); j++) {
                Object t = targetKeys.get(j) == null ? null : byKey.get(targetKeys.get(j));
                if (t != null) {
                    perParent.computeIfAbsent(joinParents.get(j), k -> new ArrayList<>()).add(t);
                }
            }
            Object[] out = new Object[parents.size()];
            for (int i = 0; i < out.length; i++) {
                List<Object> list = new ArrayList<>(perParent.getOrDefault(keys.get(i), List.of()));
                list.sort(java.util.Comparator.comparingInt(rank::get));
                out[i] = HasMany.of(list);
            }
            return out;
        }

        /** SQL: the targets and the parent key of each, in one statement joining the join model. */
        private Object[] joined(List<Object> parents, List<Object> keys, Model join, Relation back, Relation reach,
                                Model target) {
            Select.Via via = new Select.Via(join, names(reach.foreignKey()), names(back.foreignKey()));
            List<OrderItem> order = order(target, node);
            List<Object> distinctKeys = distinct(keys);
            List<Object[]> rows = new ArrayList<>();
            for (int from = 0; from < distinctKeys.size(); from += MAX_IN) {
                List<Object> chunk = distinctKeys.subList(from, Math.min(distinctKeys.size(), from + MAX_IN));
                List<Field> fk = back.foreignKey();
                Expr in = fk.size() == 1 && engine.bindsArrays(fk.get(0).type()) ? anyOf(join, fk.get(0), chunk) : in(join, fk, chunk);
                Select select = new Select(target.type(), Expr.and(List.of(in, node.filter())), order, null, null,
                        Select.Returning.ROWS, true, List.of(), via);
                List<Object[]> part = engine.list(select);
                rows.addAll(part);
            }
            List<Object> targets = new ArrayList<>(rows.size());
            rows.forEach(row -> targets.add(row[0]));
            if (!node.children().isEmpty()) {
                List<Object> loaded = Includes.load(engine, target, targets, node.children());
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i)[0] = loaded.get(i);
                }
            }
            Map<Object, List<Object>> perParent = new HashMap<>();
            for (Object[] row : rows) {
                Object parentKey = row.length == 2 ? row[1] : new Composite(List.of(java.util.Arrays.copyOfRange(row, 1, row.length)));
                perParent.computeIfAbsent(parentKey, k -> new ArrayList<>()).add(row[0]);
            }
            Object[] out = new Object[parents.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = HasMany.of(keys.get(i) == null ? List.of() : perParent.getOrDefault(keys.get(i), List.of()));
            }
            return out;
        }

        private Object wrap(Relation r, List<Object> group) {
            if (r.kind() == Relation.Kind.HAS_MANY) {
                return HasMany.of(group);
            }
            if (group.isEmpty() && r.required()) {
                throw new ToastyException("A " + model.name() + " has no " + r.target().getSimpleName() + " although "
                        + r.qualifiedName() + " is @HasOne.Required (was it written outside Toasty?)");
            }
            return HasOne.of(group.isEmpty() ? null : group.get(0));
        }

        /**
         * The records of {@code m} whose {@code fields} hold one of {@code keys}, read as every record whose fields are
         * set (SQL only): the rows matching no key (possible without a foreign key constraint) are dropped before
         * their own includes load, so the result is what {@link #fetch} would read.
         */
        private Keyed fetchAll(Model m, List<Field> fields, List<Object> keys, Expr extra, IncludeTree.Node n) {
            List<Expr> terms = new ArrayList<>();
            for (Field f : fields) {
                terms.add(new ExprIsNull(new ExprPath(m.type(), f.name()), true));
            }
            terms.add(extra);
            terms.add(n.filter());
            List<Object> rows = engine.list(select(m, Expr.and(terms), order(m, n)));
            Set<Object> wanted = new java.util.HashSet<>(keys);
            List<Object> rowKeys = tuples(m, fields, rows);
            List<Object> matched = new ArrayList<>(rows.size());
            List<Object> matchedKeys = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                if (wanted.contains(rowKeys.get(i))) {
                    matched.add(rows.get(i));
                    matchedKeys.add(rowKeys.get(i));
                }
            }
            // loading includes rebuilds the records in the same order, so the keys still line up
            return new Keyed(n.children().isEmpty() ? matched : Includes.load(engine, m, matched, n.children()), matchedKeys);
        }

        /** The records of {@code m} whose {@code fields} hold one of {@code tuples}, in the node's order, their own includes loaded. */
        private List<Object> fetch(Model m, List<Field> fields, List<Object> tuples, Expr extra, IncludeTree.Node n) {
            if (tuples.isEmpty()) {
                return List.of();
            }
            List<OrderItem> order = order(m, n);
            Expr narrowed = Expr.and(List.of(extra, n.filter()));
            List<Object> rows = new ArrayList<>();
            if (engine.capability().has(Feature.IN_LISTS)) {
                for (int from = 0; from < tuples.size(); from += MAX_IN) {
                    List<Object> chunk = tuples.subList(from, Math.min(tuples.size(), from + MAX_IN));
                    Expr in = fields.size() == 1 && engine.bindsArrays(fields.get(0).type()) ? anyOf(m, fields.get(0), chunk)
                            : in(m, fields, chunk);
                    rows.addAll(engine.list(select(m, Expr.and(List.of(in, narrowed)), order)));
                }
            } else if (fields.equals(m.key()) && fields.size() == 1 && Expr.TRUE.equals(narrowed)) {
                rows.addAll(engine.list(select(m, in(m, fields, tuples), List.of())));
                rows.sort(InMemoryOrder.of(m, order));
            } else {
                for (Object tuple : tuples) {
                    rows.addAll(engine.list(select(m, Expr.and(List.of(equal(m, fields, tuple), narrowed)), List.of())));
                }
                rows.sort(InMemoryOrder.of(m, order));
            }
            return n.children().isEmpty() ? rows : Includes.load(engine, m, rows, n.children());
        }
    }

    /** The node's order, then the key: children come back in a stable order. */
    private static List<OrderItem> order(Model m, IncludeTree.Node n) {
        List<OrderItem> order = new ArrayList<>(n.order());
        for (Field k : m.key()) {
            order.add(new OrderItem(new ExprPath(m.type(), k.name()), false, NullOrder.DEFAULT));
        }
        return order;
    }

    private static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    private static Select select(Model m, Expr filter, List<OrderItem> order) {
        return new Select(m.type(), filter, order, null, null, Select.Returning.ROWS, true);
    }

    /** {@code field = ANY(?)} with the values as one array: one statement shape for any number of keys. */
    private static Expr anyOf(Model m, Field field, List<Object> tuples) {
        List<Object> values = new ArrayList<>(tuples.size());
        tuples.forEach(t -> values.add(part(t, 0)));
        return new ExprAnyOf(new ExprPath(m.type(), field.name()), new ExprValue(values));
    }

    /** {@code field IN (...)}, padded to a power of two with its last value; an OR of tuples for several fields. */
    private static Expr in(Model m, List<Field> fields, List<Object> tuples) {
        if (fields.size() > 1) {
            return Expr.or(tuples.stream().map(t -> equal(m, fields, t)).toList());
        }
        int padded = Integer.highestOneBit(tuples.size() * 2 - 1);
        List<Expr> values = new ArrayList<>(padded);
        for (Object t : tuples) {
            values.add(new ExprValue(part(t, 0)));
        }
        while (values.size() < padded) {
            values.add(values.get(values.size() - 1));
        }
        return new ExprInList(new ExprPath(m.type(), fields.get(0).name()), values, false);
    }

    private static Expr equal(Model m, List<Field> fields, Object tuple) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            terms.add(new ExprBinaryOp(BinaryOp.EQ, new ExprPath(m.type(), fields.get(i).name()), new ExprValue(part(tuple, i))));
        }
        return Expr.and(terms);
    }

    /**
     * The key made of {@code fields} in each row: the value itself for one field (no wrapper to allocate and
     * hash), a {@link Composite} of the values for several; null where one of them is null.
     */
    private static List<Object> tuples(Model m, List<Field> fields, List<Object> rows) {
        List<Object> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = new Object[fields.size()];
            boolean complete = true;
            for (int i = 0; i < values.length; i++) {
                values[i] = m.records().get(row, fields.get(i).index());
                complete &= values[i] != null;
            }
            out.add(!complete ? null : values.length == 1 ? values[0] : new Composite(List.of(values)));
        }
        return out;
    }

    /** Component {@code i} of a key from {@link #tuples}. */
    private static Object part(Object key, int i) {
        return key instanceof Composite c ? c.values().get(i) : key;
    }

    /** A key of several fields, compared by its values. */
    private record Composite(List<Object> values) {
    }

    private static List<Object> distinct(List<Object> tuples) {
        Set<Object> set = new LinkedHashSet<>(tuples);
        set.remove(null);
        return new ArrayList<>(set);
    }

    private static Map<Object, Object> index(Model m, List<Field> fields, List<Object> rows) {
        List<Object> keys = tuples(m, fields, rows);
        Map<Object, Object> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            out.put(keys.get(i), rows.get(i));
        }
        return out;
    }

    /** Records with the key each was read for (its foreign key), in the same order. */
    private record Keyed(List<Object> rows, List<Object> keys) {

        static Keyed of(Model m, List<Field> fields, List<Object> rows) {
            return new Keyed(rows, tuples(m, fields, rows));
        }

        /** The records by key, each group in read order. */
        Map<Object, List<Object>> groups() {
            Map<Object, List<Object>> out = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                out.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(rows.get(i));
            }
            return out;
        }
    }
}
