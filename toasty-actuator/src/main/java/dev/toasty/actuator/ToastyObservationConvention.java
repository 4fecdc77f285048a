package dev.toasty.actuator;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code toasty.query} observation. Define a bean of this type to replace
 * {@link DefaultToastyObservationConvention} (or extend it to add key values).
 */
public interface ToastyObservationConvention extends ObservationConvention<ToastyObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof ToastyObservationContext;
    }
}
