package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or a plain class as a Toasty model: one table, one row per instance.
 * The schema is read from the record components (or the instance fields of a class) when
 * {@code Toasty} is built; the annotation processor generates the typed metamodel {@code Name_}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {

    /**
     * Whether queries on this model may read the whole table where no key or index answers their
     * filter. Only backends that refuse such scans by default (DynamoDB) read it; see {@code Query.allowScan()}.
     */
    boolean allowScan() default false;
}
