package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the field through a {@link dev.toasty.Converter}: the converter turns the field's Java type into
 * a type Toasty stores (a scalar, or an {@link Embeddable} record for several columns), and back. Filters
 * on the field convert their values the same way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Convert {
    @SuppressWarnings("rawtypes")
    Class<? extends dev.toasty.Converter> value();
}
