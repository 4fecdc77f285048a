package dev.toasty.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Query} method whose SQL writes ({@code UPDATE}, {@code DELETE}, {@code INSERT}): it is
 * executed, and the method returns the number of rows changed ({@code long}, {@code int}) or nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Modifying {
}
