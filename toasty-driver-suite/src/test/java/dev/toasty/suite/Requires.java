package dev.toasty.suite;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a driver test only on backends that have (or, with {@code absent = true}, lack) the named
 * {@code Capability} flag. Pair each gated test with one that checks the refusal on the others. Repeat
 * it when a test needs several flags: the test runs only where every condition holds.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Requires.All.class)
public @interface Requires {
    /** A {@code dev.toasty.driver.Feature} in camel case, e.g. {@code "decimalOrdering"} for {@code DECIMAL_ORDERING}. */
    String value();

    boolean absent() default false;

    /** The container of a repeated {@link Requires}: every condition must hold. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface All {
        Requires[] value();
    }
}
