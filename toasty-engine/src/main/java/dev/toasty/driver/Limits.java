package dev.toasty.driver;

/**
 * The numeric limits of a backend, beside its {@link Feature}s in a {@link Capability}.
 *
 * @param maxBindParameters the most values one statement may carry; the verify pass refuses more, and multi-row
 *                          inserts and include reads are cut into statements below it
 */
public record Limits(int maxBindParameters) {

    public Limits {
        if (maxBindParameters < 1) {
            throw new IllegalArgumentException("maxBindParameters: must be at least 1, was " + maxBindParameters);
        }
    }
}
