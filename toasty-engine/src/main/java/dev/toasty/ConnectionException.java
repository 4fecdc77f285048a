package dev.toasty;

/** Toasty could not open or use a connection to the database (bad URL, server down, driver jar missing). */
public class ConnectionException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
