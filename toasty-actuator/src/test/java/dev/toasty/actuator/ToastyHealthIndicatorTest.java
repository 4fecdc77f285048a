package dev.toasty.actuator;

import dev.toasty.Toasty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ToastyHealthIndicatorTest {

    @Test
    void up_with_the_backend_and_the_model_it_queried() {
        NotesApplication.runner().run(context -> {
            Health health = context.getBean("toastyHealthIndicator", HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("backend", "sqlite").containsEntry("model", "Note");
        });
    }

    @Test
    void down_with_the_error_when_the_table_is_gone() {
        NotesApplication.runner().run(context -> {
            context.getBean(Toasty.class).dropSchema();

            Health health = context.getBean(ToastyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("backend", "sqlite");
            assertThat((String) health.getDetails().get("error")).contains("notes");
        });
    }

    @Test
    void down_when_the_instance_is_closed() {
        NotesApplication.runner().run(context -> {
            context.getBean(Toasty.class).close();

            Health health = context.getBean(ToastyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) health.getDetails().get("error")).contains("closed");
        });
    }

    @Test
    void backs_off_when_disabled() {
        NotesApplication.runner().withPropertyValues("management.health.toasty.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(ToastyHealthIndicator.class));
    }

    @Test
    void backs_off_without_the_health_module() {
        NotesApplication.runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> {
            assertThat(context).hasSingleBean(Toasty.class);
            assertThat(context).doesNotHaveBean(ToastyHealthIndicator.class);
        });
    }
}
