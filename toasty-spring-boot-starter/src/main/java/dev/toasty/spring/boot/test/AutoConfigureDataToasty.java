package dev.toasty.spring.boot.test;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Imports the auto-configuration {@link DataToastyTest} uses: Toasty, repositories, the DataSource,
 * transactions and {@code JdbcTemplate}. Listed in
 * {@code META-INF/spring/dev.toasty.spring.boot.test.AutoConfigureDataToasty.imports}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDataToasty {
}
