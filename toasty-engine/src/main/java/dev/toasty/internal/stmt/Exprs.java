package dev.toasty.internal.stmt;

import java.util.List;
import java.util.function.UnaryOperator;

/** Bottom-up rewriting of expression trees, the one traversal every pass builds on. */
public final class Exprs {

    private Exprs() {
    }

    /** Rebuilds {@code expr} with its children rewritten first, then applies {@code fn} to the node. */
    public static Expr map(Expr expr, UnaryOperator<Expr> fn) {
        Expr rebuilt = switch (expr) {
            case ExprPath p -> p;
            case ExprColumn c -> c;
            case ExprValue v -> v;
            case ExprArg a -> a;
            case ExprConst c -> c;
            case ExprBinaryOp b -> new ExprBinaryOp(b.op(), map(b.lhs(), fn), map(b.rhs(), fn));
            case ExprAnd a -> new ExprAnd(mapAll(a.operands(), fn));
            case ExprOr o -> new ExprOr(mapAll(o.operands(), fn));
            case ExprNot n -> new ExprNot(map(n.operand(), fn));
            case ExprIsNull n -> new ExprIsNull(map(n.operand(), fn), n.negated());
            case ExprInList in -> new ExprInList(map(in.operand(), fn), mapAll(in.list(), fn), in.negated());
            case ExprBetween b -> new ExprBetween(map(b.operand(), fn), map(b.low(), fn), map(b.high(), fn));
            case ExprLike l -> new ExprLike(map(l.operand(), fn), map(l.argument(), fn), l.kind(), l.negated());
            case ExprLower l -> new ExprLower(map(l.operand(), fn));
            case ExprRelation r -> r.withParts(map(r.filter(), fn), mapNullable(r.count(), fn));
            case ExprAnyOf a -> new ExprAnyOf(map(a.operand(), fn), map(a.values(), fn));
            case ExprSubquery q -> q.withParts(map(q.where(), fn), mapNullable(q.count(), fn));
            case ExprArrayOp a -> new ExprArrayOp(a.op(), map(a.operand(), fn), map(a.values(), fn));
            case ExprArraySize z -> new ExprArraySize(map(z.operand(), fn));
            case ExprJsonValue j -> new ExprJsonValue(map(j.operand(), fn), j.keys(), j.kind());
        };
        return fn.apply(rebuilt);
    }

    public static List<Expr> mapAll(List<Expr> exprs, UnaryOperator<Expr> fn) {
        return exprs.stream().map(e -> map(e, fn)).toList();
    }

    /** Maps an expression that may be null (an absent limit). */
    public static Expr mapNullable(Expr expr, UnaryOperator<Expr> fn) {
        return expr == null ? null : map(expr, fn);
    }
}
