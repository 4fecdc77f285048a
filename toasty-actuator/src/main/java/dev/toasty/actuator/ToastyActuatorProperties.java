package dev.toasty.actuator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code toasty.actuator.*} properties, checked when bound.
 *
 * @param maxShapes Most statement shapes that the toasty endpoint keeps statistics for. Statements of further
 *                  shapes are only counted as overflow. Each shape takes about 5 KB.
 */
@ConfigurationProperties("toasty.actuator")
public record ToastyActuatorProperties(@DefaultValue("1000") int maxShapes) {

    public ToastyActuatorProperties {
        if (maxShapes < 1) {
            throw new IllegalArgumentException("toasty.actuator.max-shapes: must be at least 1, was " + maxShapes);
        }
    }
}
