package dev.toasty.internal.engine;

/** Where a driver reports each request it sent; the engine turns reports into statement events and counters. */
@FunctionalInterface
public interface Events {

    /**
     * @param operation the request ({@code SELECT}, {@code GetItem}, ...)
     * @param model     the model's name, or null
     * @param shape     the statement shape's hash
     * @param text      the statement text, without values
     * @param start     {@code System.nanoTime()} when the request began
     * @param rows      rows returned or changed, or -1 on failure
     * @param error     the failure, or null
     */
    void publish(String operation, String model, int shape, String text, long start, long rows, Throwable error);
}
