package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a field it indexes that field; on the model type it names the fields of a
 * composite index in order ({@code @Index(fields = {"lastName", "firstName"})}), optionally unique.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Repeatable(Indexes.class)
public @interface Index {
    /** The indexed fields, for an index declared on the type; empty on a field. */
    String[] fields() default {};

    /** Whether the combination of values is unique. */
    boolean unique() default false;

    /** The index name; generated from the table and columns when empty. */
    String name() default "";
}
