package dev.toasty;

/**
 * A deferred field was read that the query did not load: add the {@code include(...)} the message
 * names to the query that read the record.
 */
public class FieldNotLoadedException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public FieldNotLoadedException(String message) {
        super(message);
    }
}
