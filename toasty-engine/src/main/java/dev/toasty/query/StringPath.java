package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.ExprLower;
import dev.toasty.internal.stmt.MatchKind;

/**
 * A text field. {@code contains}, {@code startsWith} and {@code endsWith} match the given text literally
 * and case-sensitively on every backend ({@code %} and {@code _} are not wildcards there);
 * {@code like} takes a pattern with the backend's own LIKE semantics. The {@code ...IgnoreCase}
 * methods compare Unicode lower-case forms, with the same meaning on every backend.
 */
public class StringPath<M> extends ComparablePath<M, String> {

    protected StringPath(Class<M> model, String name) {
        super(model, name, String.class);
    }

    /** The same field reached from {@code via}'s model. */
    protected StringPath(StringPath<?> field, RelationPath<M, ?> via) {
        super(field, via);
    }

    public final Filter<M> contains(String text) {
        return match(MatchKind.CONTAINS, "contains", text, false, false);
    }

    public final Filter<M> notContains(String text) {
        return match(MatchKind.CONTAINS, "notContains", text, false, true);
    }

    public final Filter<M> startsWith(String prefix) {
        return match(MatchKind.STARTS_WITH, "startsWith", prefix, false, false);
    }

    public final Filter<M> endsWith(String suffix) {
        return match(MatchKind.ENDS_WITH, "endsWith", suffix, false, false);
    }

    /** Matches a LIKE pattern ({@code %} any run of characters, {@code _} one character, {@code \} escapes). */
    public final Filter<M> like(String pattern) {
        return match(MatchKind.LIKE, "like", pattern, false, false);
    }

    public final Filter<M> notLike(String pattern) {
        return match(MatchKind.LIKE, "notLike", pattern, false, true);
    }

    public final Filter<M> eqIgnoreCase(String value) {
        return filter(new ExprBinaryOp(BinaryOp.EQ, new ExprLower(expr()), new ExprLower(value("eqIgnoreCase", value))));
    }

    public final Filter<M> neIgnoreCase(String value) {
        return filter(new ExprBinaryOp(BinaryOp.NE, new ExprLower(expr()), new ExprLower(value("neIgnoreCase", value))));
    }

    public final Filter<M> containsIgnoreCase(String text) {
        return match(MatchKind.CONTAINS, "containsIgnoreCase", text, true, false);
    }

    public final Filter<M> startsWithIgnoreCase(String prefix) {
        return match(MatchKind.STARTS_WITH, "startsWithIgnoreCase", prefix, true, false);
    }

    public final Filter<M> endsWithIgnoreCase(String suffix) {
        return match(MatchKind.ENDS_WITH, "endsWithIgnoreCase", suffix, true, false);
    }

    private Filter<M> match(MatchKind kind, String operation, String text, boolean ignoreCase, boolean negated) {
        var argument = value(operation, text);
        return filter(ignoreCase
                ? new ExprLike(new ExprLower(expr()), new ExprLower(argument), kind, negated)
                : new ExprLike(expr(), argument, kind, negated));
    }
}
