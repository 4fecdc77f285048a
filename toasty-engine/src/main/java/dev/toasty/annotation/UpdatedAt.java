package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Auditing: Set by the engine to the current time when the record is inserted and each time an instance of it is updated.
 * Spring Data's equivalent annotation ({@code org.springframework.data.annotation}) works the same way.
 * See docs/integrity.md for the types a stamp can have.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface UpdatedAt {
}
