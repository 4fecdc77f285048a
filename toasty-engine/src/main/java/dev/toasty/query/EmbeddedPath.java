package dev.toasty.query;

/**
 * A field holding an {@link dev.toasty.annotation.Embeddable} record. The generated metamodel subclasses it
 * with a path per component ({@code User_.address.city}), which filter and order like any field.
 * {@link #isNull()} matches records whose embedded value is null (every column null); {@link #eq}
 * compares every component.
 */
public class EmbeddedPath<M, V> extends Path<M, V> {

    protected EmbeddedPath(Class<M> model, String name, Class<V> type) {
        super(model, name, type);
    }

    /** The name of a component's path under this one, for generated subclasses: {@code address.city}. */
    protected final String child(String component) {
        return name() + "." + component;
    }
}
