package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code toasty} {@link ToastyHealthIndicator} when the application has Spring Boot's health
 * module, one {@link Toasty} bean, and {@code management.health.toasty.enabled} is not false.
 */
@AutoConfiguration(after = ToastyAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(Toasty.class)
@ConditionalOnEnabledHealthIndicator("toasty")
public class ToastyHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "toastyHealthIndicator")
    ToastyHealthIndicator toastyHealthIndicator(Toasty toasty) {
        return new ToastyHealthIndicator(toasty);
    }
}
