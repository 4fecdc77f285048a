package dev.toasty.internal.dynamo.kv;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.dynamo.kv.KvAccess.SortCondition;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprAnd;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a lowered select for a key-value backend. In order of preference: the full key gives a
 * GetItem; a list of keys a BatchGetItem; the partition key (with a sort-key condition) a Query on the
 * table; a unique index a lookup of its side item; an equality on the first field of a secondary index
 * a Query on that index; what remains of the filter becomes a filter expression on top. A filter no
 * key or index answers needs a Scan, which is refused unless the caller allowed it. Order is only the
 * sort key's, so any other order is refused, naming the index that would give it.
 */
public final class KvPlanner {

    private final Select select;
    private final Model model;
    private final String backend;
    private final List<Expr> conjuncts;
    private final Map<Column, Expr> equalities = new LinkedHashMap<>();

    private final boolean scanAllowed;

    private KvPlanner(Select select, Model model, String backend, boolean scanAllowed) {
        this.select = select;
        this.scanAllowed = scanAllowed;
        this.model = model;
        this.backend = backend;
        this.conjuncts = conjuncts(select.filter());
        for (Expr c : conjuncts) {
            Column column = equalityColumn(c);
            if (column != null) {
                equalities.putIfAbsent(column, c);
            }
        }
    }

    /** Plans {@code select} (lowered: columns and numbered arguments) on {@code model}. */
    public static KvPlan plan(Select select, Model model, boolean scanAllowed, String backend) {
        KvPlanner planner = new KvPlanner(select, model, backend, scanAllowed);
        return planner.plan();
    }

    private KvPlan plan() {
        List<Column> key = model.table().primaryKey();
        if (Expr.FALSE.equals(select.filter())) {
            return finish(new KvAccess.None(), Expr.TRUE, key);
        }
        if (equalities.keySet().containsAll(key)) {
            return fullKey(key);
        }
        if (key.size() == 1 && conjuncts.size() == 1 && conjuncts.get(0) instanceof ExprInList in && !in.negated()
                && in.operand() instanceof ExprColumn c && c.column().equals(key.get(0))
                && in.list().stream().allMatch(e -> e instanceof ExprArg)) {
            List<Integer> args = in.list().stream().map(e -> ((ExprArg) e).index()).toList();
            return finish(new KvAccess.BatchGet(args), Expr.TRUE, key);
        }
        if (key.size() == 2 && equalities.containsKey(key.get(0))) {
            TableIndex ordered = indexOrderedBy(key.get(0));
            return ordered != null ? query(ordered, key.get(0), sortColumn(ordered)) : query(null, key.get(0), key.get(1));
        }
        for (TableIndex index : model.table().indexes()) {
            if (index.unique() && equalities.keySet().containsAll(index.columns())
                    && !mentions(residual(List.copyOf(index.columns())), key)) {
                List<Integer> args = index.columns().stream().map(c -> argOf(equalities.get(c))).toList();
                return finish(new KvAccess.UniqueGet(index, args), residual(List.copyOf(index.columns())), key);
            }
        }
        TableIndex best = null;
        for (TableIndex index : model.table().indexes()) {
            if (!index.unique() && usable(index)) {
                if (best == null || (sortColumn(index) != null && sortCondition(sortColumn(index)) != null)) {
                    best = index;
                }
            }
        }
        if (best != null) {
            return query(best, best.columns().get(0), sortColumn(best));
        }
        if (scanAllowed) {
            return finish(new KvAccess.Scan(), select.filter(), key);
        }
        throw refuseScan();
    }

    private KvPlan fullKey(List<Column> key) {
        List<Integer> args = key.stream().map(c -> argOf(equalities.get(c))).toList();
        Expr rest = residual(key);
        if (Expr.TRUE.equals(rest)) {
            return finish(new KvAccess.Get(args), rest, key);
        }
        SortCondition sort = key.size() == 2 ? new SortCondition(key.get(1), SortCondition.Op.EQ, List.of(args.get(1))) : null;
        if (mentions(rest, key)) {
            return keyConditionInFilter(key);
        }
        return finish(new KvAccess.Query(null, key.get(0), args.get(0), sort, true), rest, key);
    }

    /** A Query on the table ({@code index} null) or an index: equality on the partition, a sort condition when there is one. */
    private KvPlan query(TableIndex index, Column partition, Column sortColumn) {
        Expr partitionTerm = equalities.get(partition);
        SortCondition sort = sortColumn == null ? null : sortCondition(sortColumn);
        List<Expr> used = new ArrayList<>();
        used.add(partitionTerm);
        if (sort != null) {
            List<Expr> range = closedRange(sortColumn);
            used.addAll(range != null ? range : List.of(sortTerm(sortColumn)));
        }
        if (index != null && sortColumn != null && notNull(sortColumn) != null) {
            used.add(notNull(sortColumn)); // the index holds only items that have the sort attribute
        }
        Expr rest = Expr.and(conjuncts.stream().filter(c -> used.stream().noneMatch(u -> u == c)).toList());
        List<Column> queried = index == null ? model.table().primaryKey() : index.columns();
        if (mentions(rest, queried)) {
            return keyConditionInFilter(queried);
        }
        boolean forward = orderDirection(sortColumn, partition);
        List<Column> position = new ArrayList<>();
        if (index != null) {
            position.addAll(index.columns());
        }
        for (Column k : model.table().primaryKey()) {
            if (!position.contains(k)) {
                position.add(k);
            }
        }
        KvAccess access = new KvAccess.Query(index, partition, argOf(partitionTerm), sort, forward);
        return new KvPlan(access, rest, limitArg(), select.returning(), position, describe(access));
    }

    private KvPlan finish(KvAccess access, Expr residual, List<Column> position) {
        boolean single = access instanceof KvAccess.Get || access instanceof KvAccess.UniqueGet || access instanceof KvAccess.None
                || (access instanceof KvAccess.Query q && q.index() == null && fullKey(q));
        if (!single && !select.order().isEmpty()) {
            throw refuseOrder(select.order().get(0), null);
        }
        return new KvPlan(access, residual, limitArg(), select.returning(), position, describe(access));
    }

    /**
     * A usable secondary index with the same partition field as the table whose sort field is the one the
     * query orders by, or null: {@code @Index(fields = {"orgId", "role"})} serves an order by role within an org.
     */
    private TableIndex indexOrderedBy(Column partition) {
        if (select.order().isEmpty() || !(select.order().get(0).expr() instanceof ExprColumn c)) {
            return null;
        }
        for (TableIndex index : model.table().indexes()) {
            if (!index.unique() && index.columns().get(0).equals(partition) && c.column().equals(sortColumn(index)) && usable(index)) {
                return index;
            }
        }
        return null;
    }

    /** Whether {@code filter} reads one of {@code columns}. */
    private static boolean mentions(Expr filter, List<Column> columns) {
        boolean[] found = new boolean[1];
        Exprs.map(filter, e -> {
            if (e instanceof ExprColumn c && columns.contains(c.column())) {
                found[0] = true;
            }
            return e;
        });
        return found[0];
    }

    /**
     * DynamoDB filters cannot read the key attributes of the table or index a Query reads; a second
     * condition on them (beside the one the key condition takes) needs a Scan.
     */
    private KvPlan keyConditionInFilter(List<Column> keyColumns) {
        if (scanAllowed) {
            return finish(new KvAccess.Scan(), select.filter(), model.table().primaryKey());
        }
        String fields = String.join(", ", keyColumns.stream().map(this::fieldName).toList());
        throw new UnsupportedFeatureException("a query on " + model.name() + " with a second condition on its key field(s) " + fields
                + " beside the equality the key lookup uses (DynamoDB filters cannot read key attributes)", backend,
                "drop the extra condition on " + fields + ", or call allowScan() to run the whole filter on a Scan");
    }

    /** Whether a Query on the table names the whole key (at most one item, so any order is its order). */
    private boolean fullKey(KvAccess.Query q) {
        int keys = model.table().primaryKey().size();
        return keys == 1 || (q.sort() != null && q.sort().op() == SortCondition.Op.EQ);
    }

    /** Whether a Query on this secondary index sees every item the filter can match. */
    private boolean usable(TableIndex index) {
        if (!equalities.containsKey(index.columns().get(0))) {
            return false;
        }
        Column sort = sortColumn(index);
        // Items without a value in the sort attribute are not in the index at all.
        return sort == null || !sort.nullable() || sortCondition(sort) != null || notNull(sort) != null;
    }

    /** The conjunct {@code column IS NOT NULL}, or null. */
    private Expr notNull(Column column) {
        for (Expr c : conjuncts) {
            if (c instanceof ExprIsNull n && n.negated() && n.operand() instanceof ExprColumn col && col.column().equals(column)) {
                return c;
            }
        }
        return null;
    }

    private static Column sortColumn(TableIndex index) {
        return index.columns().size() > 1 ? index.columns().get(1) : null;
    }

    /** Whether the order runs forward on the sort key; refuses any other order. */
    private boolean orderDirection(Column sortColumn, Column partition) {
        Boolean forward = null;
        for (OrderItem item : select.order()) {
            Column column = item.expr() instanceof ExprColumn c ? c.column() : null;
            if (column != null && column.equals(partition)) {
                continue; // one partition: every item has the same value
            }
            if (column == null || !column.equals(sortColumn) || forward != null) {
                throw refuseOrder(item, partition);
            }
            forward = !item.descending();
        }
        return forward == null || forward;
    }

    private SortCondition sortCondition(Column column) {
        List<Expr> range = closedRange(column);
        if (range != null) {
            return new SortCondition(column, SortCondition.Op.BETWEEN, List.of(boundArg(range.get(0)), boundArg(range.get(1))));
        }
        Expr term = sortTerm(column);
        if (term == null) {
            return null;
        }
        return switch (term) {
            case ExprBinaryOp b -> {
                boolean columnLeft = b.lhs() instanceof ExprColumn;
                int arg = ((ExprArg) (columnLeft ? b.rhs() : b.lhs())).index();
                BinaryOp op = columnLeft ? b.op() : flip(b.op());
                yield new SortCondition(column, SortCondition.Op.valueOf(op.name()), List.of(arg));
            }
            case ExprBetween b -> new SortCondition(column, SortCondition.Op.BETWEEN,
                    List.of(((ExprArg) b.low()).index(), ((ExprArg) b.high()).index()));
            case ExprLike l -> new SortCondition(column, SortCondition.Op.BEGINS_WITH, List.of(((ExprArg) l.argument()).index()));
            default -> null;
        };
    }

    /** {@code column >= a} and {@code column <= b} (either side written either way): a BETWEEN key condition. */
    private List<Expr> closedRange(Column column) {
        if (equalities.containsKey(column)) {
            return null;
        }
        Expr low = null;
        Expr high = null;
        for (Expr c : conjuncts) {
            if (c instanceof ExprBinaryOp b && column.equals(columnAndArg(b))) {
                BinaryOp op = b.lhs() instanceof ExprColumn ? b.op() : flip(b.op());
                if (op == BinaryOp.GE && low == null) {
                    low = c;
                } else if (op == BinaryOp.LE && high == null) {
                    high = c;
                }
            }
        }
        return low != null && high != null ? List.of(low, high) : null;
    }

    private static int boundArg(Expr comparison) {
        ExprBinaryOp b = (ExprBinaryOp) comparison;
        return ((ExprArg) (b.lhs() instanceof ExprArg ? b.lhs() : b.rhs())).index();
    }

    /** The first conjunct a key condition on {@code column} can express. */
    private Expr sortTerm(Column column) {
        Expr eq = equalities.get(column);
        if (eq != null) {
            return eq;
        }
        for (Expr c : conjuncts) {
            if (c instanceof ExprBinaryOp b && b.op() != BinaryOp.NE && column.equals(columnAndArg(b))) {
                return c;
            }
            if (c instanceof ExprBetween b && b.operand() instanceof ExprColumn col && col.column().equals(column)
                    && b.low() instanceof ExprArg && b.high() instanceof ExprArg) {
                return c;
            }
            if (c instanceof ExprLike l && l.kind() == MatchKind.STARTS_WITH && !l.negated() && column.type() == FieldType.STRING
                    && l.operand() instanceof ExprColumn col && col.column().equals(column) && l.argument() instanceof ExprArg) {
                return c;
            }
        }
        return null;
    }

    private static BinaryOp flip(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    /** The column of {@code column op arg} (either side), or null. */
    private static Column columnAndArg(ExprBinaryOp b) {
        if (b.lhs() instanceof ExprColumn c && b.rhs() instanceof ExprArg) {
            return c.column();
        }
        if (b.rhs() instanceof ExprColumn c && b.lhs() instanceof ExprArg) {
            return c.column();
        }
        return null;
    }

    private static Column equalityColumn(Expr e) {
        return e instanceof ExprBinaryOp b && b.op() == BinaryOp.EQ ? columnAndArg(b) : null;
    }

    private static int argOf(Expr equality) {
        ExprBinaryOp b = (ExprBinaryOp) equality;
        return ((ExprArg) (b.lhs() instanceof ExprArg ? b.lhs() : b.rhs())).index();
    }

    /** The conjuncts left once the equalities on {@code used} are answered by the access path. */
    private Expr residual(List<Column> used) {
        List<Expr> rest = new ArrayList<>(conjuncts);
        for (Column c : used) {
            Expr eq = equalities.get(c);
            rest.removeIf(x -> x == eq);
        }
        return Expr.and(rest);
    }

    private Integer limitArg() {
        return select.limit() instanceof ExprArg a ? a.index() : null;
    }

    private static List<Expr> conjuncts(Expr filter) {
        if (filter instanceof ExprAnd a) {
            return a.operands();
        }
        return Expr.TRUE.equals(filter) ? List.of() : List.of(filter);
    }

    private String describe(KvAccess access) {
        String table = model.table().name();
        return switch (access) {
            case KvAccess.Query q -> "Query " + table + (q.index() == null ? "" : " index " + q.index().name());
            case KvAccess.UniqueGet u -> "GetItem " + table + " by unique " + u.index().name();
            default -> access.request() + " " + table;
        };
    }

    private UnsupportedFeatureException refuseScan() {
        Set<String> fields = new LinkedHashSet<>();
        for (Expr c : conjuncts) {
            Exprs.map(c, e -> {
                if (e instanceof ExprColumn col) {
                    fields.add(fieldName(col.column()));
                }
                return e;
            });
        }
        String first = fields.isEmpty() ? null : fields.iterator().next();
        String what = fields.isEmpty() ? "a query on " + model.name() + " without a filter"
                : "a query on " + model.name() + " filtering on " + String.join(", ", fields) + " that no key or index answers";
        String fix = (first == null ? "filter on the key" : "add @Index to " + model.name() + "." + first
                + " (an index answers equality on its first field and ranges on its second)")
                + ", or call allowScan() on the query to read the whole table";
        return new UnsupportedFeatureException(what + " (it needs a Scan of the whole table)", backend, fix);
    }

    private UnsupportedFeatureException refuseOrder(OrderItem item, Column partition) {
        String field = item.expr() instanceof ExprColumn c ? fieldName(c.column()) : String.valueOf(item.expr());
        for (TableIndex index : model.table().indexes()) {
            Column sort = sortColumn(index);
            if (!index.unique() && sort != null && item.expr() instanceof ExprColumn c && c.column().equals(sort) && sort.nullable()
                    && equalities.containsKey(index.columns().get(0))) {
                return new UnsupportedFeatureException("ordering " + model.name() + " by " + field, backend,
                        "the index " + index.name() + " has " + field + " as its sort key, but " + field + " is nullable and items "
                                + "without it are not in the index: filter on " + field + " too (for example isNotNull()), "
                                + "or make it @Required");
            }
        }
        String fix = partition == null
                ? "items come in sort-key order within one partition only: filter on a partition key with an equality and "
                        + "order by its sort key, for example with @Index(fields = {\"<field you filter on>\", \"" + field + "\"}),"
                        + " or sort the list in Java"
                : "add @Index(fields = {\"" + fieldName(partition) + "\", \"" + field + "\"}) and keep the equality on "
                        + fieldName(partition) + ", or sort the list in Java";
        return new UnsupportedFeatureException("ordering " + model.name() + " by " + field, backend, fix);
    }

    private String fieldName(Column column) {
        for (Field f : model.fields()) {
            if (f.column().equals(column)) {
                return f.name();
            }
        }
        return column.name();
    }
}
