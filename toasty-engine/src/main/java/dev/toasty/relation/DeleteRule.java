package dev.toasty.relation;

/**
 * What deleting a record does to the records that belong to it, declared on the belonging side with
 * {@link BelongsTo.OnDelete}. SQL backends also declare the matching {@code ON DELETE} on a real
 * foreign key constraint, so writes from outside Toasty are held to the same rule.
 */
public enum DeleteRule {
    /** The delete fails with {@link dev.toasty.ForeignKeyViolationException} while records still point at it. */
    RESTRICT,
    /** The records pointing at it are deleted too (and their own rules applied). */
    CASCADE,
    /** The records pointing at it keep existing with their foreign key set to null; the key must be nullable. */
    SET_NULL
}
