package dev.toasty.spring.boot;

import dev.toasty.jackson.ToastyModule;
import dev.toasty.relation.HasOne;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ToastyJacksonAutoConfiguration}: the module joins Boot's {@code JsonMapper} when it is on the class path. */
class ToastyJacksonAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ToastyJacksonAutoConfiguration.class));

    @Test
    void bootsJsonMapperWritesALoadedHasOneAsItsValue() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ToastyModule.class);
            assertThat(context.getBean(JsonMapper.class).writeValueAsString(Map.of("licence", HasOne.of("L-1"))))
                    .isEqualTo("{\"licence\":\"L-1\"}");
        });
    }

    @Test
    void withoutToastyJacksonNothingIsRegistered() {
        runner.withClassLoader(new FilteredClassLoader(ToastyModule.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ToastyModule.class));
    }

    @Test
    void anApplicationsOwnModuleBeanReplacesTheStartersOne() {
        ToastyModule own = new ToastyModule();
        runner.withBean("ownToastyModule", ToastyModule.class, () -> own)
                .run(context -> assertThat(context.getBean(ToastyModule.class)).isSameAs(own));
    }
}
