package dev.toasty.internal.stmt;

/** How an {@link ExprLike} matches its argument. */
public enum MatchKind {
    /** The argument is a LIKE pattern written by the user, with the backend's own LIKE semantics. */
    LIKE,
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH
}
