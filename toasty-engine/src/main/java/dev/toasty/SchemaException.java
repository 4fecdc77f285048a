package dev.toasty;

/** A model definition is wrong, or the database schema does not match it. Thrown when {@link Toasty} is built. */
public class SchemaException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
