/**
 * The entry point: {@link dev.toasty.Toasty} (built by {@link dev.toasty.ToastyBuilder}), its queries
 * ({@link dev.toasty.Query}, {@link dev.toasty.UpdateQuery}, {@link dev.toasty.DeleteQuery}, {@link dev.toasty.NativeQuery}),
 * pages, and the exception family rooted at {@link dev.toasty.ToastyException}. API: everything public here is
 * supported; the implementation lives under {@code dev.toasty.internal}, which is not API.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty;
