package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field may not be {@code null}: its column is {@code NOT NULL} and a write with a null value
 * is refused before any SQL is sent. Primitive fields and key fields are always required;
 * any annotation named {@code NonNull}, {@code NotNull} or {@code Nonnull} (JSpecify, Jakarta Validation, ...) means
 * the same, when it is kept at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Required {
}
