package dev.toasty;

/** A pagination cursor was altered, truncated, or made by a query of another model or order. */
public class InvalidCursorException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String message) {
        super(message);
    }
}
