package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementObserver;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link StatementObserver} that records every Toasty operation in the {@code toasty.query} timer
 * directly, for applications with a {@link MeterRegistry} but no {@code ObservationRegistry}. Its tags
 * match those the observation's meter handler gives the same timer: {@code operation}, {@code model},
 * {@code backend}, {@code outcome} and {@code error} (the exception's simple class name, or {@code none}).
 * Thread-safe.
 */
public final class TimerStatementObserver implements StatementObserver {

    private final Meter.MeterProvider<Timer> timers;
    private final Supplier<String> backend;

    /**
     * @param registry where the timer goes
     * @param backend  the backend's name, asked at each operation's end
     */
    public TimerStatementObserver(MeterRegistry registry, Supplier<String> backend) {
        this.timers = Timer.builder(DefaultToastyObservationConvention.NAME)
                .description("Toasty operations: queries, inserts, updates and deletes")
                .withRegistry(registry);
        this.backend = backend;
    }

    @Override
    public Scope start(String operation, String model) {
        long start = System.nanoTime();
        return new Scope() {
            @Override
            public void statement(StatementEvent event) {
            }

            @Override
            public void end(Throwable error) {
                timers.withTags("operation", operation, "model", model, "backend", backend.get(),
                                "outcome", error == null ? "success" : "error",
                                "error", error == null ? "none" : error.getClass().getSimpleName())
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        };
    }
}
