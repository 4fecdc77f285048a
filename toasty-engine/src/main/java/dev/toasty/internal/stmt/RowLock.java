package dev.toasty.internal.stmt;

/**
 * The row lock a select takes on the rows it returns ({@code FOR UPDATE}, {@code FOR SHARE}) and what it does
 * about rows another transaction holds. Part of the statement shape, so a locking select never shares a plan
 * with a plain one.
 *
 * @param strength the lock; null only while a query is being built, when a modifier came first
 * @param onLocked what the select does when a row is locked by another transaction
 */
public record RowLock(Strength strength, Wait onLocked) {

    /** Which lock: exclusive (to write the rows) or shared (to keep them from changing). */
    public enum Strength { UPDATE, SHARE }

    /** Waiting for the other transaction, failing at once, or leaving its rows out. */
    public enum Wait { WAIT, NO_WAIT, SKIP_LOCKED }

    public RowLock {
        if (onLocked == null) {
            throw new IllegalArgumentException("onLocked: must not be null");
        }
    }

    /** This lock of another strength, the wait policy kept. */
    public RowLock withStrength(Strength value) {
        return new RowLock(value, onLocked);
    }
}
