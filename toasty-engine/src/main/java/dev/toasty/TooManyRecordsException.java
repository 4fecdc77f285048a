package dev.toasty;

/** {@code one()} found more than one record. */
public class TooManyRecordsException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public TooManyRecordsException(String message) {
        super(message);
    }
}
