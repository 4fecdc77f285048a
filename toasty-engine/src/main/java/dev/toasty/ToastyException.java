package dev.toasty;

/**
 * The root of every exception Toasty throws. Unchecked; catch one of its subclasses to handle a
 * specific failure. Messages never contain bound values unless the user opted in when building {@link Toasty}.
 */
public class ToastyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToastyException(String message) {
        super(message);
    }

    public ToastyException(String message, Throwable cause) {
        super(message, cause);
    }
}
