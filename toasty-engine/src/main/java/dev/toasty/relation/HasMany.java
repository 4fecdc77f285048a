package dev.toasty.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The records that point at this one ({@code User.posts}: every {@code Post} whose {@code BelongsTo<User>}
 * is this user), or, with {@link Through}, the records reached across a join model
 * ({@code Post.tags} through {@code Post.taggings}). Loaded only with {@code include(User_.posts)};
 * immutable.
 *
 * @param <T> the model of the records
 */
public final class HasMany<T> implements Iterable<T> {

    private static final HasMany<?> UNLOADED = new HasMany<>(null, null);

    private final List<T> values;
    private final String relation;

    private HasMany(List<T> values, String relation) {
        this.values = values;
        this.relation = relation;
    }

    /** Not loaded: what a new record holds when it is inserted without children. */
    @SuppressWarnings("unchecked")
    public static <T> HasMany<T> unloaded() {
        return (HasMany<T>) UNLOADED;
    }

    /** Loaded, holding {@code values}; inserting the owner inserts them too. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> HasMany<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /** Loaded, holding {@code values} (copied; no nulls). */
    public static <T> HasMany<T> of(List<? extends T> values) {
        return new HasMany<>(List.copyOf(values), null);
    }

    /** Not API: the unloaded value of a relation read from the database, naming it in its error. */
    public static <T> HasMany<T> notLoaded(String relation) {
        return new HasMany<>(null, Objects.requireNonNull(relation));
    }

    /** The records, in the include's order; {@link dev.toasty.RelationNotLoadedException} when not loaded. */
    public List<T> get() {
        if (values == null) {
            throw NotLoaded.error(relation);
        }
        return values;
    }

    public boolean isLoaded() {
        return values != null;
    }

    /** The number of records; throws when not loaded. */
    public int size() {
        return get().size();
    }

    public Stream<T> stream() {
        return get().stream();
    }

    @Override
    public Iterator<T> iterator() {
        return get().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HasMany<?> h && Objects.equals(h.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(values);
    }

    @Override
    public String toString() {
        return values != null ? "HasMany" + values : "HasMany[not loaded]";
    }

    /** The {@code BelongsTo} field of the target that points here; needed only when the target has several to this model. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface MappedBy {
        String value();
    }

    /**
     * Many-to-many: the {@code HasMany} field of this model that leads to the join model; the join
     * model's {@code BelongsTo} of this relation's target type completes the path.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface Through {
        String value();
    }

    /**
     * Saving the owner deletes the records of this relation it no longer holds: {@code update(owner)} (and a
     * repository's {@code save}) of an owner whose loaded list lacks a child that points at it deletes that child,
     * with its own delete rules. Without it, such children are left as they are. Not for a {@link Through} relation,
     * whose links always follow the list.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface RemoveOrphans {
    }
}
