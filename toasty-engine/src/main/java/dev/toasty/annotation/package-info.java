/**
 * The annotations that declare models: {@code @Model}, keys, indexes, uniqueness, column and type mappings.
 * Read once, when the schema is built; a mistake fails the build of the schema naming the class and field.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.annotation;
