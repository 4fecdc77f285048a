package dev.toasty.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record whose components are stored inside the model that holds it, as columns named with the
 * holding field's column as a prefix ({@code address_city}). Embeddable records nest; a null value
 * stores nulls in every column, and a row whose columns are all null reads back as null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Embeddable {
}
