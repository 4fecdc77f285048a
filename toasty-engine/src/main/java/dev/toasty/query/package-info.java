/**
 * The typed query API: field paths ({@code User_.name}), filters, orders and relation paths, built by the
 * generated metamodel. Immutable and thread-safe; the statement-tree nodes they carry are not part of the API.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.query;
