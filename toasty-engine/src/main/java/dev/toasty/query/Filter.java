package dev.toasty.query;

import dev.toasty.internal.stmt.Expr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A condition on the records of model {@code M}, built from the metamodel ({@code User_.age.gt(18)})
 * and combined with {@link #and}, {@link #or} and {@link #not}. Immutable and thread-safe.
 *
 * <p>For dynamic queries, {@link #all} and {@link #any} skip {@code null} operands, and
 * {@link #always()} is the neutral element, so optional criteria compose without {@code if} ladders.
 */
public final class Filter<M> {

    private static final Filter<?> ALWAYS = new Filter<>(Expr.TRUE);
    private static final Filter<?> NEVER = new Filter<>(Expr.FALSE);

    private final Expr expr;

    private Filter(Expr expr) {
        this.expr = expr;
    }

    /** Wraps a statement-tree expression (the engine reaches it through {@code internal.read.Nodes}). */
    static <M> Filter<M> of(Expr expr) {
        return new Filter<>(Objects.requireNonNull(expr, "expr"));
    }

    /** The filter that every record matches. */
    @SuppressWarnings("unchecked")
    public static <M> Filter<M> always() {
        return (Filter<M>) ALWAYS;
    }

    /** The filter that no record matches. */
    @SuppressWarnings("unchecked")
    public static <M> Filter<M> never() {
        return (Filter<M>) NEVER;
    }

    /** All of the given filters; {@code null} entries are skipped, and no filter at all matches everything. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <M> Filter<M> all(Filter<M>... filters) {
        return all(Arrays.asList(filters));
    }

    /** All of the given filters; {@code null} entries are skipped. */
    public static <M> Filter<M> all(List<Filter<M>> filters) {
        return of(Expr.and(filters.stream().filter(Objects::nonNull).map(f -> f.expr).toList()));
    }

    /** Any of the given filters; {@code null} entries are skipped, and no filter at all matches nothing. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <M> Filter<M> any(Filter<M>... filters) {
        return any(Arrays.asList(filters));
    }

    /** Any of the given filters; {@code null} entries are skipped. */
    public static <M> Filter<M> any(List<Filter<M>> filters) {
        return of(Expr.or(filters.stream().filter(Objects::nonNull).map(f -> f.expr).toList()));
    }

    /** Both this and {@code other}; a {@code null} other is ignored. */
    public Filter<M> and(Filter<M> other) {
        return other == null ? this : of(Expr.and(List.of(expr, other.expr)));
    }

    /** This or {@code other}; a {@code null} other is ignored. */
    public Filter<M> or(Filter<M> other) {
        return other == null ? this : of(Expr.or(List.of(expr, other.expr)));
    }

    /** The negation of this filter. Records whose compared field is null match neither a filter nor its negation, as in SQL. */
    public Filter<M> not() {
        return of(Expr.not(expr));
    }

    /** The negation of {@code filter}. */
    public static <M> Filter<M> not(Filter<M> filter) {
        return filter.not();
    }

    /** The statement-tree expression (the engine reaches it through {@code internal.read.Nodes}). */
    Expr expr() {
        return expr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter<?> f && f.expr.equals(expr);
    }

    @Override
    public int hashCode() {
        return expr.hashCode();
    }

    @Override
    public String toString() {
        return "Filter[" + expr + "]";
    }
}
