package dev.toasty.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the native SQL a repository method runs instead of a derived query. Named parameters
 * ({@code :name}) bind the method's arguments by {@code @Param} name, else by the parameter's own name
 * (compile with {@code -parameters}). Rows map to the model by column name. Add {@link Modifying} for
 * statements that write; DynamoDB refuses native SQL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

    /** The SQL statement, with {@code :name} parameters. */
    String value();
}
