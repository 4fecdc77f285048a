package dev.toasty.suite;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A driver-suite test: run once per backend ({@code [sqlite]}, {@code [postgresql]}, {@code [dynamodb]}), each
 * time on an empty schema of every suite model. Parameters: {@code Toasty}, {@link Backend}, {@link Recorder}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BackendExtension.class)
public @interface DriverTest {
}
