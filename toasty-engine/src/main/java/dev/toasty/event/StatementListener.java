package dev.toasty.event;

/**
 * Receives every statement Toasty executes. Called on the executing thread after the statement
 * finished, so it must be fast and thread-safe; an exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface StatementListener {

    void onStatement(StatementEvent event);
}
