package dev.toasty;

/** A value given to Toasty breaks the model's rules (a null in a required field); nothing was sent to the database. */
public class ValidationException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
