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
        List<Expr> kept = operands.stream()
                .flatMap(e -> e instanceof ExprAnd a ? a.operands().stream() : java.util.stream.Stream.of(e))
                .filter(e -> !TRUE.equals(e)).toList();
        if (kept.contains(FALSE)) {
            return FALSE;
        }
        return switch (kept.size()) {
            case 0 -> TRUE;
            case 1 -> kept.get(0);
            default -> new ExprAnd(kept);
        };
    }

    static Expr or(List<Expr> operands) {
        List<Expr> kept = operands.stream()
                .flatMap(e -> e instanceof ExprOr o ? o.operands().stream() : java.util.stream.Stream.of(e))
                .filter(e -> !FALSE.equals(e)).toList();
        if (kept.contains(TRUE)) {
            return TRUE;
        }
        return switch (kept.size()) {
            case 0 -> FALSE;
            case 1 -> kept.get(0);
            default -> new ExprOr(kept);
        };
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
