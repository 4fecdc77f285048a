/**
 * Jackson 3 support for Toasty's records: {@link dev.toasty.jackson.ToastyModule} writes and reads the relation
 * wrappers and deferred fields. Only {@code ToastyModule} is API; the serializers behind it are package-private.
 */
package dev.toasty.jackson;
