package dev.toasty.internal.stmt;

/** A comparison between two expressions. */
public record ExprBinaryOp(BinaryOp op, Expr lhs, Expr rhs) implements Expr {
}
