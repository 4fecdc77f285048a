package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import dev.toasty.spring.boot.ToastyBuilderCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Times every Toasty operation as {@code toasty.query}, through a {@link ToastyBuilderCustomizer} that sets
 * the builder's observer, so it runs before {@link ToastyAutoConfiguration}. One source per application,
 * so nothing is recorded twice: with an {@link ObservationRegistry} bean each operation is an observation
 * (its meter handler makes the timer, its tracing handler the span); with only a {@link MeterRegistry}
 * bean the timer is recorded directly, with the same tags. With a {@link MeterRegistry}, every statement is also
 * counted in {@code toasty.statements}.
 */
@AutoConfiguration(before = ToastyAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(Toasty.class)
public class ToastyMetricsAutoConfiguration {

    /** Each operation is a {@code toasty.query} observation. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        @Bean
        ToastyBuilderCustomizer toastyObservationCustomizer(ObservationRegistry registry,
                                                            ObjectProvider<ToastyObservationConvention> convention,
                                                            ObjectProvider<Toasty> toasty) {
            ObservationStatementObserver observer = new ObservationStatementObserver(registry,
                    convention.getIfUnique(), new BackendName(toasty));
            return builder -> builder.observer(observer);
        }
    }

    /** Every statement in the {@code toasty.statements} counter, beside whichever makes the timer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class StatementCounterConfiguration {

        @Bean
        ToastyBuilderCustomizer toastyStatementCounterCustomizer(MeterRegistry registry, ObjectProvider<Toasty> toasty) {
            StatementCounter counter = new StatementCounter(registry, new BackendName(toasty));
            return builder -> builder.listener(counter);
        }
    }

    /** No observations: each operation goes straight to the {@code toasty.query} timer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean(type = "io.micrometer.observation.ObservationRegistry")
    static class TimerConfiguration {

        @Bean
        ToastyBuilderCustomizer toastyTimerCustomizer(MeterRegistry registry, ObjectProvider<Toasty> toasty) {
            TimerStatementObserver observer = new TimerStatementObserver(registry, new BackendName(toasty));
            return builder -> builder.observer(observer);
        }
    }
}
