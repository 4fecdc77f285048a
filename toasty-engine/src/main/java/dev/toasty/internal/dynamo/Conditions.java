package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.internal.dynamo.kv.KvAccess.SortCondition;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprAnd;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprConst;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.ExprOr;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders filter and key conditions as DynamoDB expression text, once per plan. Every attribute is
 * referenced as {@code #n} and every value as {@code :a<argument>}, so that values are bound per
 * execution and never spliced into the text. Filters keep SQL's meaning for missing (null) attributes:
 * a comparison with a null is never true, negated or not, so negations are pushed down to the
 * comparisons with an {@code attribute_exists} guard where DynamoDB would otherwise say true. Array
 * tests ({@code containsAll}, {@code overlaps}) take as many values as the execution gives elements, so
 * they stay markers here and {@link Bindings} writes them out per execution.
 */
final class Conditions {

    /** DynamoDB's limit on the length of one expression. */
    private static final int MAX_EXPRESSION = 4096;

    /** DynamoDB's largest {@code IN} list; longer lists become an OR of several. */
    private static final int MAX_IN = 100;

    private final ArgSpec[] specs;
    private final Column alwaysPresent;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<Integer, ArgSpec> args = new LinkedHashMap<>();
    private final Map<String, Bindings.ArrayTest> arrayTests = new LinkedHashMap<>();

    /** {@code alwaysPresent}: an attribute every item has (the partition key), for constant conditions. */
    Conditions(ArgSpec[] specs, Column alwaysPresent) {
        this.specs = specs;
        this.alwaysPresent = alwaysPresent;
    }

    /** Refuses, when planning, expressions longer than DynamoDB takes (long {@code in(...)} lists, mostly). */
    static void requireSize(String... expressions) {
        for (String e : expressions) {
            if (e != null && e.length() > MAX_EXPRESSION) {
                throw new dev.toasty.UnsupportedFeatureException("a filter expression of " + e.length() + " characters", "dynamodb",
                        "DynamoDB takes at most " + MAX_EXPRESSION + " characters per expression: shorten the in(...) list "
                                + "or the list of elements (for keys, a query on the key alone is a BatchGetItem of any length)");
            }
        }
    }

    /** The attribute names used so far, by placeholder. */
    Map<String, String> names() {
        return Map.copyOf(names);
    }

    /** The arguments and array tests used so far, to bind per execution. */
    Bindings bindings() {
        return new Bindings(args, List.copyOf(arrayTests.values()));
    }

    String filter(Expr e) {
        return render(e, false).text();
    }

    /** The filter as an operand of a connective of the given looseness (2 for AND): parenthesized when it must be. */
    String filterWithin(Expr e, int parent) {
        return render(e, false).within(parent);
    }

    /** A rendered condition and how loosely it binds: 0 a comparison or function, 1 NOT, 2 AND, 3 OR. */
    private record Text(String text, int looseness) {

        /** The text, parenthesized when it binds more loosely than its parent allows. */
        String within(int parent) {
            return looseness > parent ? "(" + text + ")" : text;
        }
    }

    String key(Column partition, int partitionArg, SortCondition sort) {
        String text = name(partition) + " = " + arg(partitionArg, ArgSpec.of(partition));
        if (sort == null) {
            return text;
        }
        String column = name(sort.column());
        List<Integer> a = sort.args();
        ArgSpec type = ArgSpec.of(sort.column());
        return text + " AND " + switch (sort.op()) {
            case EQ -> column + " = " + arg(a.get(0), type);
            case LT -> column + " < " + arg(a.get(0), type);
            case LE -> column + " <= " + arg(a.get(0), type);
            case GT -> column + " > " + arg(a.get(0), type);
            case GE -> column + " >= " + arg(a.get(0), type);
            case BETWEEN -> column + " BETWEEN " + arg(a.get(0), type) + " AND " + arg(a.get(1), type);
            case BEGINS_WITH -> "begins_with(" + column + ", " + arg(a.get(0), new ArgSpec(FieldType.STRING, null)) + ")";
        };
    }

    /** The condition "the item exists": its partition key attribute is there. */
    String exists() {
        return "attribute_exists(" + name(alwaysPresent) + ")";
    }

    String notExists() {
        return "attribute_not_exists(" + name(alwaysPresent) + ")";
    }

    String name(Column column) {
        String placeholder = "#" + column.name().replaceAll("[^A-Za-z0-9_]", "_");
        String existing = names.putIfAbsent(placeholder, column.name());
        if (existing != null && !existing.equals(column.name())) {
            placeholder = "#n" + names.size();
            names.put(placeholder, column.name());
        }
        return placeholder;
    }

    /** The placeholder of an argument, bound as {@code spec} (as the lowering said when null). */
    private String arg(int index, ArgSpec spec) {
        args.put(index, spec != null ? spec : specs[index]);
        return ":a" + index;
    }

    private Text render(Expr e, boolean negated) {
        return switch (e) {
            case ExprAnd a -> join(a.operands(), negated, negated ? 3 : 2);
            case ExprOr o -> join(o.operands(), negated, negated ? 2 : 3);
            case ExprNot n -> render(n.operand(), !negated);
            case ExprConst c -> new Text(c.value() != negated ? exists() : notExists(), 0);
            case ExprBinaryOp b -> compare(b, negated);
            case ExprIsNull n -> new Text((n.negated() != negated ? "attribute_exists(" : "attribute_not_exists(") + operand(n.operand()) + ")", 0);
            case ExprInList in -> in(in, in.negated() != negated);
            case ExprBetween b -> between(b, negated);
            case ExprLike l -> like(l, l.negated() != negated);
            case ExprArrayOp a -> arrayTest(a, negated);
            default -> throw new IllegalStateException("not a condition: " + e);
        };
    }

    /** Operands joined by AND (looseness 2) or OR (3). */
    private Text join(List<Expr> operands, boolean negated, int looseness) {
        List<String> parts = new ArrayList<>(operands.size());
        for (Expr operand : operands) {
            parts.add(render(operand, negated).within(looseness));
        }
        return new Text(String.join(looseness == 2 ? " AND " : " OR ", parts), operands.size() == 1 ? render(operands.get(0), negated).looseness() : looseness);
    }

    private Text compare(ExprBinaryOp b, boolean negated) {
        BinaryOp op = negated ? negate(b.op()) : b.op();
        Text text = new Text(operand(b.lhs()) + " " + op.sql() + " " + operand(b.rhs()), 0);
        // DynamoDB says a missing attribute is "not equal" to anything; SQL says unknown. The size of a missing list is unknown too.
        boolean size = b.lhs() instanceof ExprArraySize || b.rhs() instanceof ExprArraySize;
        return op == BinaryOp.NE || size ? guarded(List.of(b.lhs(), b.rhs()), text) : text;
    }

    private Text between(ExprBetween b, boolean negated) {
        String x = operand(b.operand());
        Text text = negated ? new Text(x + " < " + operand(b.low()) + " OR " + x + " > " + operand(b.high()), 3)
                : new Text(x + " >= " + operand(b.low()) + " AND " + x + " <= " + operand(b.high()), 2);
        return b.operand() instanceof ExprArraySize ? guarded(List.of(b.operand()), text) : text;
    }

    /** An array test, left in the text as a marker that {@link Bindings} expands once the number of elements is known. */
    private Text arrayTest(ExprArrayOp a, boolean negated) {
        Column column = ((ExprColumn) a.operand()).column();
        Bindings.ArrayTest test = new Bindings.ArrayTest(a.op(), negated, name(column), ((ExprArg) a.values()).index(), column);
        arrayTests.putIfAbsent(test.marker(), test);
        return new Text(test.marker(), 0);
    }

    private Text in(ExprInList in, boolean negated) {
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < in.list().size(); from += MAX_IN) {
            List<String> values = in.list().subList(from, Math.min(in.list().size(), from + MAX_IN)).stream().map(this::operand).toList();
            groups.add(operand(in.operand()) + " IN (" + String.join(", ", values) + ")");
        }
        Text any = new Text(String.join(" OR ", groups), groups.size() == 1 ? 0 : 3);
        return negated ? guarded(List.of(in.operand()), new Text("NOT " + any.within(0), 1)) : any;
    }

    private Text like(ExprLike l, boolean negated) {
        String function = l.kind() == MatchKind.CONTAINS ? "contains" : "begins_with";
        if (l.kind() != MatchKind.CONTAINS && l.kind() != MatchKind.STARTS_WITH) {
            throw new IllegalStateException("verified away: " + l.kind());
        }
        Text text = new Text(function + "(" + operand(l.operand()) + ", " + operand(l.argument()) + ")", 0);
        return negated ? guarded(List.of(l.operand()), new Text("NOT " + text.text(), 1)) : text;
    }

    /** {@code text}, true only where every nullable column among {@code operands} has a value. */
    private Text guarded(List<Expr> operands, Text text) {
        StringBuilder out = new StringBuilder();
        for (Expr operand : operands) {
            Expr target = operand instanceof ExprArraySize z ? z.operand() : operand;
            if (target instanceof ExprColumn c && c.column().nullable()) {
                out.append("attribute_exists(").append(name(c.column())).append(") AND ");
            }
        }
        return out.isEmpty() ? text : new Text(out.append(text.within(2)).toString(), 2);
    }

    private String operand(Expr e) {
        return switch (e) {
            case ExprColumn c -> name(c.column());
            case ExprArg a -> arg(a.index(), null);
            case ExprArraySize z -> "size(" + operand(z.operand()) + ")";
            default -> throw new IllegalStateException("not an operand: " + e);
        };
    }

    private static BinaryOp negate(BinaryOp op) {
        return switch (op) {
            case EQ -> BinaryOp.NE;
            case NE -> BinaryOp.EQ;
            case LT -> BinaryOp.GE;
            case LE -> BinaryOp.GT;
            case GT -> BinaryOp.LE;
            case GE -> BinaryOp.LT;
        };
    }
}
