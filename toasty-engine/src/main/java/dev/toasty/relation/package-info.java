/**
 * Relation wrappers ({@code BelongsTo}, {@code HasMany}, {@code HasOne}) and delete rules. A relation that was not
 * included throws {@link dev.toasty.RelationNotLoadedException} naming the include to add: there is no lazy loading.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.relation;
