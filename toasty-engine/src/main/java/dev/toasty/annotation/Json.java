package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the field as one JSON document, written and read with Jackson: a record, a {@code Map}, a
 * {@code List} or a {@code JsonNode}. PostgreSQL stores {@code jsonb} (or {@code json} when
 * {@code binary = false}), MySQL {@code json}, SQLite text, DynamoDB a map. Fields of type
 * {@code JsonNode} and {@code Map} are JSON without the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Json {

    /** PostgreSQL only: {@code jsonb} (the default, indexable, keys reordered) or {@code json} (the text as written). */
    boolean binary() default true;
}
