package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The precision (digits in all) and scale (digits after the point) of a {@code BigDecimal} field. A
 * value that does not fit is refused with a {@code ValidationException} naming the field; it is never
 * rounded. Without it PostgreSQL and SQLite keep any decimal exactly and MySQL uses {@code DECIMAL(65,30)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Decimal {
    int precision();

    int scale() default 0;
}
