package dev.toasty.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;
import java.util.Optional;

/**
 * The record this one points at through its foreign key ({@code Post.author}), loaded only when the
 * query asked for it with {@code include(Post_.author)}. Immutable.
 *
 * <p>The foreign key fields are found by name ({@code author} uses {@code authorId}, or
 * {@code authorId} and {@code authorTenant} for a composite key of {@code id} and {@code tenant}),
 * or named with {@link ForeignKey}.
 *
 * @param <T> the model pointed at
 */
public final class BelongsTo<T> {

    private static final BelongsTo<?> UNLOADED = new BelongsTo<>(false, null, null);
    private static final BelongsTo<?> NONE = new BelongsTo<>(true, null, null);

    private final boolean loaded;
    private final T value;
    private final String relation;

    private BelongsTo(boolean loaded, T value, String relation) {
        this.loaded = loaded;
        this.value = value;
        this.relation = relation;
    }

    /** Not loaded: what a new record holds until it is read with an include. */
    @SuppressWarnings("unchecked")
    public static <T> BelongsTo<T> unloaded() {
        return (BelongsTo<T>) UNLOADED;
    }

    /** Loaded and pointing at {@code value}; {@code null} means it points at nothing (a null foreign key). */
    @SuppressWarnings("unchecked")
    public static <T> BelongsTo<T> of(T value) {
        return value == null ? (BelongsTo<T>) NONE : new BelongsTo<>(true, value, null);
    }

    /** Not API: the unloaded value of a relation read from the database, naming it in its error. */
    public static <T> BelongsTo<T> notLoaded(String relation) {
        return new BelongsTo<>(false, null, Objects.requireNonNull(relation));
    }

    /** The record pointed at, or null when the foreign key is null; {@link dev.toasty.RelationNotLoadedException} when not loaded. */
    public T get() {
        if (!loaded) {
            throw NotLoaded.error(relation);
        }
        return value;
    }

    /** The record pointed at, if the foreign key is not null; throws when not loaded, as {@link #get()} does. */
    public Optional<T> find() {
        return Optional.ofNullable(get());
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Two relations are equal when both are unloaded, or both loaded with equal records. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BelongsTo<?> b && b.loaded == loaded && Objects.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return loaded ? Objects.hashCode(value) + 1 : 0;
    }

    @Override
    public String toString() {
        return loaded ? "BelongsTo[" + value + "]" : "BelongsTo[not loaded]";
    }

    /** Names the foreign key fields of this model, in the order of the target's key fields. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface ForeignKey {
        /** The fields of this model holding the target's key. */
        String[] value();
    }

    /** What deleting the target does to this record; {@link DeleteRule#RESTRICT} when absent. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface OnDelete {
        DeleteRule value();
    }

    /**
     * A relation to one of several models ({@code Comment.commentable}: a {@code Post} or a {@code Photo}),
     * stored as a type column and a key column. The relation's type argument is a type every target
     * implements (a sealed interface, say); the targets are {@link #types()}, or the permitted subclasses
     * of that sealed type. No database foreign key is declared for it.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface Polymorphic {
        /** The String field holding the target's model name ({@code "Post"}). */
        String type();

        /** The field holding the target's key; every target must have a single key of its type. */
        String key();

        /** The target models; empty means the permitted subclasses of the relation's sealed type. */
        Class<?>[] types() default {};
    }
}
