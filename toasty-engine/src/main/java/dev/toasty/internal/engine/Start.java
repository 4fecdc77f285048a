package dev.toasty.internal.engine;

/**
 * Where a read starts, for backends that page by a start key: after the item whose position values
 * are {@code key} (see {@link Driver#startKeyFields}), walking {@code backward} or forward.
 */
public record Start(Object[] key, boolean backward) {
}
