/**
 * The verified schema of one instance: models and fields (app layer), tables, columns and indexes (db layer),
 * and the mapping between them. Built once at startup, immutable and thread-safe.
 *
 * <p>Nullness: parameters and return values are non-null unless their documentation says null is allowed
 * (a nullable field value, an absent cursor); a null where none is allowed fails with an
 * {@code IllegalArgumentException} or {@code NullPointerException} naming it.
 */
package dev.toasty.schema;
