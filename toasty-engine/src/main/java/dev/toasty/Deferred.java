package dev.toasty;

import java.util.Objects;

/**
 * A field left out of the default select, for large values (a post's body): declare it as
 * {@code Deferred<String> body} and load it with {@code query.include(Post_.body)}. Reading it unloaded
 * throws {@link FieldNotLoadedException}. When a record is updated, an unloaded deferred field is left as
 * it is in the database. Immutable.
 */
public final class Deferred<T> {

    private static final Deferred<?> EMPTY = new Deferred<>(null, true, null);
    private static final Deferred<?> UNLOADED = new Deferred<>(null, false, null);

    private final T value;
    private final boolean loaded;
    private final String field;

    private Deferred(T value, boolean loaded, String field) {
        this.value = value;
        this.loaded = loaded;
        this.field = field;
    }

    /** A loaded value, which may be null. */
    @SuppressWarnings("unchecked")
    public static <T> Deferred<T> of(T value) {
        return value == null ? (Deferred<T>) EMPTY : new Deferred<>(value, true, null);
    }

    /**
     * Not loaded, for a record you build without the value (one read from JSON that left the field out, say):
     * updating it leaves the stored value as it is, and inserting it is refused.
     */
    @SuppressWarnings("unchecked")
    public static <T> Deferred<T> unloaded() {
        return (Deferred<T>) UNLOADED;
    }

    /** Not API: the marker of a field that was not loaded, naming it as {@code Model.field}. */
    public static <T> Deferred<T> notLoaded(String field) {
        return new Deferred<>(null, false, Objects.requireNonNull(field, "field"));
    }

    /** The value; throws {@link FieldNotLoadedException} if the query did not load it. */
    public T get() {
        if (!loaded && field == null) {
            throw new FieldNotLoadedException("This deferred field was not loaded: records read by Toasty load it only when "
                    + "the query names it in include(...); a record you built yourself holds what you gave it");
        }
        if (!loaded) {
            String model = field.substring(0, field.indexOf('.'));
            String name = field.substring(field.indexOf('.') + 1);
            throw new FieldNotLoadedException(field + " is deferred and was not loaded: add .include(" + model + "_." + name
                    + ") to the query that read this " + model);
        }
        return value;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Two values are equal when both are unloaded, or both loaded and equal, as relations are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Deferred<?> d && d.loaded == loaded && Objects.equals(d.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, loaded);
    }

    @Override
    public String toString() {
        return loaded ? "Deferred[" + value + "]" : "Deferred[not loaded]";
    }
}
