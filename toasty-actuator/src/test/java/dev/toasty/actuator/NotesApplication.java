package dev.toasty.actuator;

import dev.toasty.actuator.notes.Note;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import java.util.stream.StreamSupport;

/** The application of the context tests: its package holds {@link Note}, on an in-memory SQLite database. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackageClasses = Note.class)
class NotesApplication {

    /**
     * Every auto-configuration of Toasty's modules as their imports files list them: the starter's (however
     * it connects) and this module's, without those of Spring Boot's own modules.
     */
    static final AutoConfigurations TOASTY = AutoConfigurations.of(StreamSupport
            .stream(ImportCandidates.load(AutoConfiguration.class, NotesApplication.class.getClassLoader()).spliterator(), false)
            .filter(name -> name.startsWith("dev.toasty."))
            .map(name -> ClassUtils.resolveClassName(name, NotesApplication.class.getClassLoader()))
            .toArray(Class<?>[]::new));

    /** This module's auto-configurations alone, without the starter that builds the Toasty bean. */
    static final AutoConfigurations ACTUATOR = AutoConfigurations.of(ToastyStatisticsAutoConfiguration.class,
            ToastyEndpointAutoConfiguration.class, ToastyMetricsAutoConfiguration.class,
            ToastyHealthContributorAutoConfiguration.class);

    /** Toasty with the actuator module and the endpoint exposed, but no meter or observation registry. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(NotesApplication.class)
                .withConfiguration(TOASTY)
                .withPropertyValues("toasty.url=sqlite::memory:", "toasty.schema=create",
                        "management.endpoints.web.exposure.include=toasty,health");
    }
}
