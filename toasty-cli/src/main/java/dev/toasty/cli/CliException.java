package dev.toasty.cli;

/**
 * A mistake in how the command was called (no models found, a missing class path entry, a missing URL). The command
 * line prints its message as one line and exits with {@link ToastyCli#USER_ERROR}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
