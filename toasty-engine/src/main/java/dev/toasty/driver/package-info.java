/**
 * The driver line as users see it: a backend's {@link dev.toasty.driver.Capability} (its named
 * {@link dev.toasty.driver.Feature}s and {@link dev.toasty.driver.Limits}) and the connection hook
 * {@link dev.toasty.driver.ConnectionProvider}. Everything that differs between backends sits below this line.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.driver;
