package dev.toasty.spring.boot;

import dev.toasty.jackson.ToastyModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ToastyModule} as a bean when {@code toasty-jackson} is on the class path. Spring Boot's
 * {@code JacksonAutoConfiguration} adds every {@code JacksonModule} bean to the {@code JsonMapper} it builds, so
 * controllers write loaded relations as their values, leave unloaded ones out, and read request bodies back
 * into loaded wrappers. Your own {@code ToastyModule} bean replaces this one. The condition names its classes as
 * strings: an auto-configuration given as a class (as tests do) is read by reflection, which would drop an
 * annotation naming a missing class and so the condition itself.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "dev.toasty.jackson.ToastyModule"})
public class ToastyJacksonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ToastyModule toastyJacksonModule() {
        return new ToastyModule();
    }
}
