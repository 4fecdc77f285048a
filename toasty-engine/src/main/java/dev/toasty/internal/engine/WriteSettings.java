package dev.toasty.internal.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the engine does to records on their way to the database besides writing them: Bean Validation, and the
 * audit stamps of created and updated fields (the clock for dates, the auditor for who).
 */
public record WriteSettings(BeanChecks checks, Clock clock, Supplier<?> auditor, Map<Class<?>, List<Stamps.Stamp>> stamps) {

    public static WriteSettings defaults() {
        return new WriteSettings(BeanChecks.none(), Clock.systemUTC(), () -> null, Map.of());
    }
}
