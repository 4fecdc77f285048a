package dev.toasty.migrate;

import dev.toasty.ToastyException;

/**
 * A migration could not be read, validated, applied or rolled back. The message names the migration (its version
 * and file), the step where it applies, what happened and what to do.
 */
public class MigrationException extends ToastyException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
