package dev.toasty;

/** A record that had to exist does not: {@code get} by key, {@code one()} on no rows, update of a deleted instance. */
public class RecordNotFoundException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
