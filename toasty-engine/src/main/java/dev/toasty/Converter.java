package dev.toasty;

/**
 * Maps a Java type {@code J} that Toasty cannot store to a type {@code S} that it can: a scalar
 * ({@code String}, {@code BigDecimal}, ...) or an {@link dev.toasty.annotation.Embeddable} record, whose
 * components become columns. Used with {@link dev.toasty.annotation.Convert}. Needs a public no-argument
 * constructor; one instance serves all threads. Neither method is called with null.
 *
 * <p>For filters other than equality to make sense, the stored order must follow the Java order.
 */
public interface Converter<J, S> {

    /** The stored form of {@code value}. */
    S toStored(J value);

    /** The Java value of a stored form. */
    J fromStored(S stored);
}
