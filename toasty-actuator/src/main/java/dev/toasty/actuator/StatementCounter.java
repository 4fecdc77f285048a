package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Supplier;

/**
 * Counts every statement Toasty sends in {@code toasty.statements}: the same events as the engine's
 * {@code statementsExecuted} and the endpoint's statistics, so the three totals agree. The {@code toasty.query}
 * timer counts operations, which can send several statements (a query with includes, a transaction's
 * {@code BEGIN} and {@code COMMIT}, DynamoDB pages), and leaves out schema statements and native SQL. Thread-safe.
 */
final class StatementCounter implements StatementListener {

    static final String NAME = "toasty.statements";

    private final Meter.MeterProvider<Counter> counters;
    private final Supplier<String> backend;

    StatementCounter(MeterRegistry registry, Supplier<String> backend) {
        this.counters = Counter.builder(NAME)
                .description("Statements Toasty sent to the database, one per SQL statement or DynamoDB request")
                .withRegistry(registry);
        this.backend = backend;
    }

    @Override
    public void onStatement(StatementEvent event) {
        counters.withTags("operation", event.operation(), "model", event.model() == null ? "none" : event.model(),
                "backend", backend.get(), "outcome", event.failed() ? "error" : "success").increment();
    }
}
