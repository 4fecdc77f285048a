package dev.toasty.spring.boot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoDbEnvironmentTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DynamoDbEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void aDynamoDbUrlWithoutJdbcUrlExcludesJdbcAutoConfigurationKeepingTheApplicationsExclusions() {
        String excluded = environment(Map.of("toasty.url", "dynamodb://localhost:8000",
                "spring.autoconfigure.exclude", "com.example.Other")).getProperty("spring.autoconfigure.exclude");
        assertThat(excluded).startsWith("com.example.Other,")
                .contains("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
    }

    @Test
    void sqlUrlsAndAnExplicitJdbcUrlLeaveJdbcAlone() {
        assertThat(environment(Map.of("toasty.url", "sqlite:x.db")).getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(environment(Map.of("toasty.url", "dynamodb:", "spring.datasource.url", "jdbc:sqlite:x.db"))
                .getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void endpointAndRegionPropertiesFoldIntoTheUrl() {
        var settings = new ToastyProperties.Dynamodb("http://localhost:8000", "eu-west-1", "", false);
        assertThat(DynamoUrls.withSettings("dynamodb:", settings)).isEqualTo("dynamodb:?endpoint=http%3A%2F%2Flocalhost%3A8000&region=eu-west-1");
        assertThat(DynamoUrls.withSettings("dynamodb://h:1?region=x", new ToastyProperties.Dynamodb(null, null, "", false)))
                .isEqualTo("dynamodb://h:1?region=x");
    }
}
