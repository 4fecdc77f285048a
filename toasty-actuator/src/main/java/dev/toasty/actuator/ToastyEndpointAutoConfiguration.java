package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/** Registers {@link ToastyEndpoint} when there is one {@link Toasty} bean and the endpoint is available. */
@AutoConfiguration(after = {ToastyAutoConfiguration.class, ToastyStatisticsAutoConfiguration.class})
@ConditionalOnSingleCandidate(Toasty.class)
@ConditionalOnAvailableEndpoint(ToastyEndpoint.class)
public class ToastyEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ToastyEndpoint toastyEndpoint(Toasty toasty, ObjectProvider<StatementStatistics> statistics,
                                  ObjectProvider<dev.toasty.spring.boot.MigrationStartup> migrations) {
        return new ToastyEndpoint(toasty, statistics.getIfUnique(), migrations.getIfUnique());
    }
}
