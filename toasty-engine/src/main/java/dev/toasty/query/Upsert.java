package dev.toasty.query;


import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How {@link dev.toasty.Toasty#upsert(Object, Upsert)} matches and merges: which fields identify the stored record (the key, or
 * a unique field or unique index), and which fields take the new values when it exists (all others, by default), or
 * none ({@link #ignoring()}: insert when absent, leave the stored record as it is when present). Immutable.
 *
 * @param <M> the model
 */
public final class Upsert<M> {

    private final List<Path<M, ?>> on;
    private final List<Path<M, ?>> update;
    private final boolean ignore;

    private Upsert(List<Path<M, ?>> on, List<Path<M, ?>> update, boolean ignore) {
        this.on = on;
        this.update = update;
        this.ignore = ignore;
    }

    /** Matched by the key; every other field is updated. */
    public static <M> Upsert<M> onKey() {
        return new Upsert<>(List.of(), List.of(), false);
    }

    /** Matched by {@code fields}: one {@code @Unique} field, or the fields of a unique index, or the key's fields. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <M> Upsert<M> on(Path<M, ?>... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("Upsert.on(...): name the unique field(s) that identify the record");
        }
        Arrays.stream(fields).forEach(f -> Objects.requireNonNull(f, "field"));
        return new Upsert<>(List.of(fields), List.of(), false);
    }

    /** When the record exists, only {@code fields} take the new values; the others keep what is stored. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Upsert<M> updating(Path<M, ?>... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("updating(...): name at least one field, or use ignoring()");
        }
        return new Upsert<>(on, List.of(fields), false);
    }

    /** When the record exists, it is left as it is (insert or ignore); the stored record is returned. */
    public Upsert<M> ignoring() {
        return new Upsert<>(on, List.of(), true);
    }

    /** The fields that identify the record; empty for the key. */
    public List<Path<M, ?>> on() {
        return on;
    }

    /** The fields updated when the record exists; empty for all (or for none, when {@link #ignores()}). */
    public List<Path<M, ?>> update() {
        return update;
    }

    /** Whether an existing record is left as it is. */
    public boolean ignores() {
        return ignore;
    }
}
