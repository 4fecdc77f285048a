package dev.toasty;

/**
 * A write broke a relation: deleting a record that others still point at under a
 * {@link dev.toasty.relation.DeleteRule#RESTRICT} rule, or pointing at a record that does not exist.
 * Nothing of the statement (or of its transaction's failed step) was written.
 */
public class ForeignKeyViolationException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(String message) {
        super(message);
    }

    public ForeignKeyViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
