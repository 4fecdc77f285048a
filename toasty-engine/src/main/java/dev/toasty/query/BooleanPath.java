package dev.toasty.query;

/** A boolean field: adds {@link #isTrue()} and {@link #isFalse()}. */
public class BooleanPath<M> extends Path<M, Boolean> {

    protected BooleanPath(Class<M> model, String name) {
        super(model, name, Boolean.class);
    }

    /** The same field reached from {@code via}'s model. */
    protected BooleanPath(BooleanPath<?> field, RelationPath<M, ?> via) {
        super(field, via);
    }

    public final Filter<M> isTrue() {
        return eq(Boolean.TRUE);
    }

    public final Filter<M> isFalse() {
        return eq(Boolean.FALSE);
    }
}
