package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.ExprBetween;

/**
 * A field whose values are ordered (numbers, strings, dates, UUIDs): adds range comparisons, against
 * a value or against another field of the same record ({@code User_.updatedAt.gt(User_.createdAt)}).
 */
public class ComparablePath<M, V extends Comparable<? super V>> extends Path<M, V> {

    protected ComparablePath(Class<M> model, String name, Class<V> type) {
        super(model, name, type);
    }

    /** The same field reached from {@code via}'s model. */
    protected ComparablePath(ComparablePath<?, V> field, RelationPath<M, ?> via) {
        super(field, via);
    }

    public final Filter<M> lt(V value) {
        return compare(BinaryOp.LT, value);
    }

    public final Filter<M> le(V value) {
        return compare(BinaryOp.LE, value);
    }

    public final Filter<M> gt(V value) {
        return compare(BinaryOp.GT, value);
    }

    public final Filter<M> ge(V value) {
        return compare(BinaryOp.GE, value);
    }

    public final Filter<M> lt(Path<M, V> other) {
        return compare(BinaryOp.LT, other);
    }

    public final Filter<M> le(Path<M, V> other) {
        return compare(BinaryOp.LE, other);
    }

    public final Filter<M> gt(Path<M, V> other) {
        return compare(BinaryOp.GT, other);
    }

    public final Filter<M> ge(Path<M, V> other) {
        return compare(BinaryOp.GE, other);
    }

    /** Between {@code low} and {@code high}, both included. */
    public final Filter<M> between(V low, V high) {
        return filter(new ExprBetween(expr(), value("between", low), value("between", high)));
    }
}
