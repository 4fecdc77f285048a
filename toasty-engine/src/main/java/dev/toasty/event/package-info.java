/**
 * Statement events and observation hooks: what ran, on which model, how long it took, and the engine counters.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.event;
