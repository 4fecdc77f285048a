package dev.toasty.spring.boot;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * With {@code toasty.url: dynamodb:...} and no {@code spring.datasource.url}, the application has no
 * SQL database, so Spring Boot's JDBC auto-configuration is excluded (it would otherwise try to
 * build a DataSource without a URL and fail the start). Exclusions the application lists are kept.
 */
public final class DynamoDbEnvironment implements EnvironmentPostProcessor, Ordered {

    static final List<String> JDBC_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("toasty.url");
        String jdbcUrl = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("dynamodb:") || (jdbcUrl != null && !jdbcUrl.isBlank())) {
            return;
        }
        List<String> excluded = new ArrayList<>(Binder.get(environment)
                .bind("spring.autoconfigure.exclude", String[].class).map(List::of).orElse(List.of()));
        JDBC_AUTO_CONFIGURATIONS.stream().filter(c -> !excluded.contains(c)).forEach(excluded::add);
        environment.getPropertySources().addFirst(new MapPropertySource("toastyDynamoDb",
                Map.of("spring.autoconfigure.exclude", String.join(",", excluded))));
    }

    /** After the application's configuration files were loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
