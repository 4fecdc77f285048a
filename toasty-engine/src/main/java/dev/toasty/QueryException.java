package dev.toasty;

/**
 * The database refused a statement for a reason Toasty has no narrower exception for. Keeps the
 * SQLSTATE (or the backend's error code) and the driver's exception as the cause.
 */
public class QueryException extends ToastyException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public QueryException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE or backend error code, or null when the backend gave none. */
    public String sqlState() {
        return sqlState;
    }
}
