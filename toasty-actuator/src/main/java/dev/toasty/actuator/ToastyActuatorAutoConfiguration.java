package dev.toasty.actuator;

import dev.toasty.Toasty;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers {@link ToastyEndpoint} when a {@link Toasty} bean exists and the endpoint is exposed. */
@AutoConfiguration(afterName = "dev.toasty.spring.boot.ToastyAutoConfiguration")
@ConditionalOnBean(Toasty.class)
public class ToastyActuatorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    ToastyEndpoint toastyEndpoint(Toasty toasty) {
        return new ToastyEndpoint(toasty);
    }
}
