package dev.toasty.internal.stmt;

import java.util.List;

/**
 * A node of the statement tree's expression language. Immutable; passes switch over it exhaustively.
 * App-level trees reference model fields ({@link ExprPath}) and literal values ({@link ExprValue});
 * lowering turns them into {@link ExprColumn} and {@link ExprArg}.
 */
public sealed interface Expr permits ExprPath, ExprColumn, ExprValue, ExprArg, ExprConst, ExprBinaryOp,
        ExprAnd, ExprOr, ExprNot, ExprIsNull, ExprInList, ExprBetween, ExprLike, ExprLower, ExprRelation, ExprSubquery, ExprAnyOf,
        ExprArrayOp, ExprArraySize, ExprJsonValue {

    Expr TRUE = new ExprConst(true);
    Expr FALSE = new ExprConst(false);

    static Expr and(List<Expr> operands) {
        List<Expr> kept = flatten(operands, true);
        if (kept == null) {
            return FALSE;
        }
        return switch (kept.size()) {
            case 0 -> TRUE;
            case 1 -> kept.get(0);
            default -> new ExprAnd(kept);
        };
    }

    static Expr or(List<Expr> operands) {
        List<Expr> kept = flatten(operands, false);
        if (kept == null) {
            return TRUE;
        }
        return switch (kept.size()) {
            case 0 -> FALSE;
            case 1 -> kept.get(0);
            default -> new ExprOr(kept);
        };
    }

    /**
     * The operands of an AND ({@code and}) or OR, with nested ones of the same kind inlined and the
     * neutral constant dropped; null when the absorbing constant is among them. A loop, not a stream:
     * every {@code where(...)} of every query comes through here.
     */
    private static List<Expr> flatten(List<Expr> operands, boolean and) {
        Expr neutral = and ? TRUE : FALSE;
        Expr absorbing = and ? FALSE : TRUE;
        List<Expr> kept = new java.util.ArrayList<>(operands.size() + 2);
        for (Expr e : operands) {
            List<Expr> inner = and && e instanceof ExprAnd a ? a.operands() : !and && e instanceof ExprOr o ? o.operands() : null;
            if (inner == null) {
                inner = List.of(e);
            }
            for (Expr term : inner) {
                if (absorbing.equals(term)) {
                    return null;
                }
                if (!neutral.equals(term)) {
                    kept.add(term);
                }
            }
        }
        return List.copyOf(kept);
    }

    static Expr not(Expr operand) {
        if (operand instanceof ExprConst c) {
            return c.value() ? FALSE : TRUE;
        }
        if (operand instanceof ExprNot n) {
            return n.operand();
        }
        return new ExprNot(operand);
    }
}
