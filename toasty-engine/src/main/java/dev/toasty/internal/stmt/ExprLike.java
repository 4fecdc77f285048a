package dev.toasty.internal.stmt;

/**
 * String matching. For {@link MatchKind#LIKE} the argument is the user's own pattern; for the other
 * kinds it is the plain text to find, which the dialect turns into a pattern with its wildcards escaped.
 */
public record ExprLike(Expr operand, Expr argument, MatchKind kind, boolean negated) implements Expr {
}
