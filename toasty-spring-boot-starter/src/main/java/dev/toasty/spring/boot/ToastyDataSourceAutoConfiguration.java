package dev.toasty.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.ToastyDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;

/**
 * Runs before Spring Boot's DataSource auto-configuration. With a SQL {@code toasty.url} it opens
 * Toasty's HikariCP pool and registers it as the application's {@code DataSource}, so Boot's
 * {@code JdbcTransactionManager}, {@code JdbcTemplate} and Toasty share it. With no database
 * configured anywhere it fails the start with advice instead of Boot's generic DataSource error.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(DataSource.class)
@EnableConfigurationProperties(ToastyProperties.class)
public class ToastyDataSourceAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(SqlUrl.class)
    @ConditionalOnMissingBean(DataSource.class)
    static class PoolConfiguration {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(ToastyProperties properties) {
            return ToastyDataSource.create(properties.url(), properties.maxPoolSize());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatabase.class)
    @ConditionalOnMissingBean({DataSource.class, JdbcConnectionDetails.class})
    static class NoDatabaseConfiguration {

        @Bean
        DataSource dataSource() {
            throw new NoDatabaseException();
        }
    }

    /** {@code toasty.url} is set and names a SQL database. */
    static final class SqlUrl extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("toasty.url");
            boolean sql = url != null && !url.isBlank() && !url.startsWith("dynamodb:");
            return sql ? ConditionOutcome.match("toasty.url is a SQL URL") : ConditionOutcome.noMatch("no SQL toasty.url");
        }
    }

    /** Neither {@code toasty.url} nor {@code spring.datasource.url} is set. */
    static final class NoDatabase extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            boolean none = isBlank(env.getProperty("toasty.url")) && isBlank(env.getProperty("spring.datasource.url"));
            return none ? ConditionOutcome.match("no toasty.url and no spring.datasource.url")
                    : ConditionOutcome.noMatch("a database URL is set");
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
