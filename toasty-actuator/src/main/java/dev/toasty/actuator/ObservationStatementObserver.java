package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.function.Supplier;

/**
 * A {@link StatementObserver} that wraps every Toasty operation in a {@code toasty.query}
 * {@link Observation}, current on the executing thread while it runs, so traces show the operation with
 * its statements and a meter handler on the registry times it. Thread-safe.
 */
public final class ObservationStatementObserver implements StatementObserver {

    private static final ToastyObservationConvention DEFAULT = new DefaultToastyObservationConvention();
    private static final Scope NOOP = new Scope() {
        @Override
        public void statement(StatementEvent event) {
        }

        @Override
        public void end(Throwable error) {
        }
    };

    private final ObservationRegistry registry;
    private final ToastyObservationConvention convention;
    private final Supplier<String> backend;

    /**
     * @param registry   where the observations go
     * @param convention the convention replacing the default, or null
     * @param backend    the backend's name, asked at each operation's start
     */
    public ObservationStatementObserver(ObservationRegistry registry, ToastyObservationConvention convention,
                                        Supplier<String> backend) {
        this.registry = registry;
        this.convention = convention;
        this.backend = backend;
    }

    @Override
    public Scope start(String operation, String model) {
        ToastyObservationContext context = new ToastyObservationContext(operation, model, backend.get());
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry);
        if (observation.isNoop()) {
            return NOOP;
        }
        observation.start();
        Observation.Scope current = observation.openScope();
        return new Scope() {
            @Override
            public void statement(StatementEvent event) {
                context.add(event);
            }

            @Override
            public void end(Throwable error) {
                context.end();
                if (error != null) {
                    observation.error(error);
                }
                current.close();
                observation.stop();
            }
        };
    }
}
