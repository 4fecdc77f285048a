package dev.toasty;

/**
 * A relation was read that the query did not load. Toasty never loads a relation behind your back:
 * add the {@code include(...)} the message names to the query that read the record.
 */
public class RelationNotLoadedException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public RelationNotLoadedException(String message) {
        super(message);
    }
}
