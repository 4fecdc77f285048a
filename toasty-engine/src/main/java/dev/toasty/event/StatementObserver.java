package dev.toasty.event;

/**
 * Wraps each operation Toasty runs (one query, insert, update or delete, which may send several
 * statements) so tracing and metrics can measure it from start to end, on the executing thread.
 * Called only when registered through {@code ToastyBuilder.observer}; implementations must be
 * thread-safe, and an exception they throw is logged and ignored.
 */
public interface StatementObserver {

    /**
     * Called before the operation runs.
     *
     * @param operation {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
     * @param model     the model's name
     * @return the scope that hears the operation's statements and its end
     */
    Scope start(String operation, String model);

    /** One running operation. */
    interface Scope {

        /** A statement the operation sent (with its text, never its values). */
        void statement(StatementEvent event);

        /** The operation ended; {@code error} is null when it succeeded. */
        void end(Throwable error);
    }
}
