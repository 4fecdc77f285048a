package dev.toasty.relation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;
import java.util.Optional;

/**
 * The one record that points at this one ({@code User.profile}: the {@code Profile} whose
 * {@code BelongsTo<User>} is this user), loaded only with {@code include(User_.profile)}. Immutable.
 * Optional unless marked {@link Required}.
 *
 * @param <T> the model that points here
 */
public final class HasOne<T> {

    private static final HasOne<?> UNLOADED = new HasOne<>(false, null, null);
    private static final HasOne<?> NONE = new HasOne<>(true, null, null);

    private final boolean loaded;
    private final T value;
    private final String relation;

    private HasOne(boolean loaded, T value, String relation) {
        this.loaded = loaded;
        this.value = value;
        this.relation = relation;
    }

    /** Not loaded: what a new record holds when it is inserted without this record. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> unloaded() {
        return (HasOne<T>) UNLOADED;
    }

    /** Loaded, holding {@code value}; inserting the owner inserts it too. {@code null} means none. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> of(T value) {
        return value == null ? (HasOne<T>) NONE : new HasOne<>(true, value, null);
    }

    /** Loaded, and there is none. */
    public static <T> HasOne<T> none() {
        return of(null);
    }

    /** Not API: the unloaded value of a relation read from the database, naming it in its error. */
    public static <T> HasOne<T> notLoaded(String relation) {
        return new HasOne<>(false, null, Objects.requireNonNull(relation));
    }

    /** The record, or null when there is none; {@link dev.toasty.RelationNotLoadedException} when not loaded. */
    public T get() {
        if (!loaded) {
            throw NotLoaded.error(relation);
        }
        return value;
    }

    /** The record, if there is one; throws when not loaded, as {@link #get()} does. */
    public Optional<T> find() {
        return Optional.ofNullable(get());
    }

    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HasOne<?> h && h.loaded == loaded && Objects.equals(h.value, value);
    }

    @Override
    public int hashCode() {
        return loaded ? Objects.hashCode(value) + 1 : 0;
    }

    @Override
    public String toString() {
        return loaded ? "HasOne[" + value + "]" : "HasOne[not loaded]";
    }

    /** The {@code BelongsTo} field of the target that points here; needed only when the target has several to this model. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface MappedBy {
        String value();
    }

    /**
     * Every record of this model has one: inserting without it is a {@link dev.toasty.ValidationException},
     * and reading one that has none (written from outside Toasty) is an error naming the record's model.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    public @interface Required {
    }
}
