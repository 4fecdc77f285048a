package dev.toasty.internal.stmt;

/**
 * A statement of the tree: what to read or write, on which model, before any backend is chosen.
 * Records all the way down, so a parameterized statement is its own plan-cache key.
 */
public sealed interface Statement permits Select, Insert, Update, Delete {

    /** The model class the statement reads or writes. */
    Class<?> model();
}
