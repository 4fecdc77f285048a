package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.actuator.probes.Probe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint, timer and health indicator on the PostgreSQL and MySQL/MariaDB servers named by the test variables. */
class ServerBackendsTest {

    private static final String SECRET = "secret-label-0c4e";

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Probe.class)
    static class ProbeApplication {
    }

    @ParameterizedTest
    @CsvSource({"TOASTY_TEST_POSTGRES_URL, postgresql", "TOASTY_TEST_MYSQL_URL, mysql"})
    void statistics_timer_and_health_name_the_server_backend(String variable, String backend) {
        String url = System.getenv(variable);
        Assumptions.assumeTrue(url != null && !url.isBlank(), variable + " is not set");
        new ApplicationContextRunner()
                .withUserConfiguration(ProbeApplication.class)
                .withConfiguration(NotesApplication.TOASTY)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("toasty.url=" + url, "toasty.schema=create",
                        "management.endpoints.web.exposure.include=toasty")
                .run(context -> {
                    Toasty db = context.getBean(Toasty.class);
                    try {
                        db.delete(Probe.class).all().execute();
                        db.insert(new Probe(null, SECRET));
                        db.query(Probe.class).list();

                        ToastyReport report = context.getBean(ToastyEndpoint.class).toasty();
                        assertThat(report.backend()).isEqualTo(backend);
                        assertThat(report.models().getFirst().table()).isEqualTo("actuator_probes");
                        assertThat(report.statements().shapes()).extracting(StatementShape::operation).contains("INSERT", "SELECT");
                        assertThat(report.toString()).doesNotContain("secret");
                        assertThat(context.getBean(MeterRegistry.class).get("toasty.query")
                                .tags("backend", backend, "operation", "INSERT", "outcome", "success").timer().count()).isEqualTo(1);
                        Health health = context.getBean(ToastyHealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails()).containsEntry("backend", backend);
                    } finally {
                        db.dropSchema();
                    }
                });
    }
}
