package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import dev.toasty.spring.boot.ToastyBuilderCustomizer;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Collects {@link StatementStatistics} for {@code /actuator/toasty}, when that endpoint is available:
 * a {@link ToastyBuilderCustomizer} adds the collector as a listener before the starter builds the
 * {@link Toasty} bean, which is why this runs before {@link ToastyAutoConfiguration}.
 */
@AutoConfiguration(before = ToastyAutoConfiguration.class)
@ConditionalOnClass(Toasty.class)
@ConditionalOnAvailableEndpoint(ToastyEndpoint.class)
@EnableConfigurationProperties(ToastyActuatorProperties.class)
public class ToastyStatisticsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StatementStatistics toastyStatementStatistics(ToastyActuatorProperties properties) {
        return new StatementStatistics(properties.maxShapes());
    }

    @Bean
    ToastyBuilderCustomizer toastyStatisticsCustomizer(StatementStatistics statistics) {
        return builder -> builder.listener(statistics);
    }
}
