package dev.toasty.actuator;

import dev.toasty.actuator.notes.Note;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The application of the context tests: its package holds {@link Note}, on an in-memory SQLite database. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackageClasses = Note.class)
class NotesApplication {

    static final AutoConfigurations TOASTY = AutoConfigurations.of(ToastyAutoConfiguration.class,
            ToastyStatisticsAutoConfiguration.class, ToastyEndpointAutoConfiguration.class,
            ToastyMetricsAutoConfiguration.class, ToastyHealthContributorAutoConfiguration.class);

    /** Toasty with the actuator module and the endpoint exposed, but no meter or observation registry. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(NotesApplication.class)
                .withConfiguration(TOASTY)
                .withPropertyValues("toasty.url=sqlite::memory:", "toasty.schema=create",
                        "management.endpoints.web.exposure.include=toasty,health");
    }
}
