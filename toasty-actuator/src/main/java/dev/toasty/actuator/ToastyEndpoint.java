package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.event.EngineStats;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.List;
import java.util.Map;

/** {@code /actuator/toasty}: the backend, the models and the engine's plan-cache and statement counters. */
@Endpoint(id = "toasty")
public class ToastyEndpoint {

    private final Toasty toasty;

    public ToastyEndpoint(Toasty toasty) {
        this.toasty = toasty;
    }

    @ReadOperation
    public Map<String, Object> toasty() {
        EngineStats stats = toasty.stats();
        List<String> models = toasty.schema().models().stream().map(m -> m.name() + " -> " + m.table().name()).sorted().toList();
        return Map.of("backend", toasty.capability().backend(), "models", models, "stats", stats);
    }
}
