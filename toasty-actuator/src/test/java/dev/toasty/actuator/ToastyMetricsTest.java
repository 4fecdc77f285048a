package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.actuator.notes.Note;
import dev.toasty.spring.boot.ToastyBuilderCustomizer;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToastyMetricsTest {

    private static final String SECRET = "secret-title-51d0";

    @Test
    void with_only_a_meter_registry_the_timer_is_recorded_directly() {
        NotesApplication.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            Toasty db = context.getBean(Toasty.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            db.insert(new Note(null, SECRET, "ann", 1));
            db.query(Note.class).list();
            db.query(Note.class).count();
            assertThatThrownBy(() -> db.insert(new Note(null, SECRET, "bob", 2))).isInstanceOf(UniqueViolationException.class);

            assertThat(timer(registry, "INSERT", "success").count()).isEqualTo(1);
            assertThat(timer(registry, "SELECT", "success").count()).isEqualTo(2);
            Timer failed = timer(registry, "INSERT", "error");
            assertThat(failed.count()).isEqualTo(1);
            assertThat(failed.getId().getTag("error")).isEqualTo("UniqueViolationException");
            assertThat(timer(registry, "INSERT", "success").getId().getTag("error")).isEqualTo("none");
            assertThat(registry.find("toasty.query").timers()).hasSize(3);
        });
    }

    @Test
    void with_an_observation_registry_each_operation_is_an_observation_with_its_statements() {
        NotesApplication.runner().withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(context -> {
            Toasty db = context.getBean(Toasty.class);
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            db.insert(new Note(null, SECRET, "ann", 1));
            assertThatThrownBy(() -> db.insert(new Note(null, SECRET, "bob", 2))).isInstanceOf(UniqueViolationException.class);

            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo("toasty.query", 2)
                    .forAllObservationsWithNameEqualTo("toasty.query", observation -> observation
                            .hasContextualNameEqualTo("INSERT Note")
                            .hasLowCardinalityKeyValue("operation", "INSERT")
                            .hasLowCardinalityKeyValue("model", "Note")
                            .hasLowCardinalityKeyValue("backend", "sqlite")
                            .hasHighCardinalityKeyValueWithKey("statement"))
                    .hasHandledContextsThatSatisfy(contexts -> {
                        assertThat(contexts).extracting(c -> c.getLowCardinalityKeyValue("outcome").getValue())
                                .containsExactly("success", "error");
                        assertThat(contexts.get(1).getError()).isInstanceOf(UniqueViolationException.class);
                        assertThat(contexts).allSatisfy(c -> assertThat(c.getHighCardinalityKeyValue("statement").getValue())
                                .startsWith("INSERT INTO").contains("?").doesNotContain("secret"));
                    });
        });
    }

    @Test
    void a_convention_bean_replaces_the_default_one() {
        ToastyObservationConvention convention = new DefaultToastyObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ToastyObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and("tenant", "notes");
            }
        };
        NotesApplication.runner()
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(ToastyObservationConvention.class, () -> convention)
                .run(context -> {
                    context.getBean(Toasty.class).query(Note.class).count();

                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasSingleObservationThat()
                            .hasNameEqualTo("toasty.query")
                            .hasLowCardinalityKeyValue("tenant", "notes")
                            .hasLowCardinalityKeyValue("outcome", "success")
                            .hasHighCardinalityKeyValue("rows", "1");
                });
    }

    @Test
    void with_both_the_timer_comes_from_the_observation_once_per_operation() {
        NotesApplication.runner()
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    context.getBean(TestObservationRegistry.class).observationConfig()
                            .observationHandler(new DefaultMeterObservationHandler(meters));
                    Toasty db = context.getBean(Toasty.class);
                    db.insert(new Note(null, SECRET, "ann", 1));
                    db.query(Note.class).list();

                    assertThat(timer(meters, "INSERT", "success").count()).isEqualTo(1);
                    assertThat(timer(meters, "SELECT", "success").count()).isEqualTo(1);
                    assertThat(context).getBeans(ToastyBuilderCustomizer.class).containsKey("toastyObservationCustomizer")
                            .doesNotContainKey("toastyTimerCustomizer");
                });
    }

    @Test
    void with_spring_boot_metrics_the_timer_is_recorded_once_through_the_observation() {
        NotesApplication.runner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Toasty db = context.getBean(Toasty.class);
                    db.insert(new Note(null, SECRET, "ann", 1));
                    for (int i = 0; i < 3; i++) {
                        db.query(Note.class).list();
                    }

                    assertThat(timer(meters, "INSERT", "success").count()).isEqualTo(1);
                    assertThat(timer(meters, "SELECT", "success").count()).isEqualTo(3);
                    assertThat(meters.find("toasty.query").timers()).hasSize(2);
                    assertThat(meters.get("toasty.query.active").tag("outcome", "unknown").longTaskTimer().activeTasks()).isZero();
                });
    }

    /**
     * The timer counts operations and the counter statements: native SQL is a statement but no operation, and the
     * counter's total is the engine's own count of statements, failed ones included.
     */
    @Test
    void the_statement_counter_agrees_with_the_engine_and_the_timer_counts_operations() {
        NotesApplication.runner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Toasty db = context.getBean(Toasty.class);
                    long before = db.stats().statementsExecuted();
                    double countedBefore = statements(meters);
                    long operationsBefore = operations(meters);
                    db.transaction(tx -> {
                        tx.insert(new Note(null, SECRET, "ann", 1));
                        tx.insert(new Note(null, "other", "bob", 2));
                    });
                    db.query(Note.class).list();
                    assertThatThrownBy(() -> db.insert(new Note(null, SECRET, "cid", 3))).isInstanceOf(UniqueViolationException.class);
                    assertThat(db.sql("UPDATE notes SET stars = 5").execute()).isEqualTo(2);

                    long executed = db.stats().statementsExecuted() - before;
                    assertThat(executed).isEqualTo(5);
                    assertThat(statements(meters) - countedBefore).isEqualTo(executed);
                    assertThat(meters.get("toasty.statements").tag("operation", "INSERT").tag("outcome", "error").counter()
                            .count()).isEqualTo(1);
                    assertThat(operations(meters) - operationsBefore).as("the native statement is no operation").isEqualTo(4);
                });
    }

    private static long operations(MeterRegistry meters) {
        return meters.find("toasty.query").timers().stream().mapToLong(Timer::count).sum();
    }

    private static double statements(MeterRegistry meters) {
        return meters.find("toasty.statements").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void without_a_registry_no_observer_is_set() {
        NotesApplication.runner().run(context -> {
            assertThat(context).hasSingleBean(Toasty.class);
            assertThat(context).getBeans(ToastyBuilderCustomizer.class).containsKey("toastyStatisticsCustomizer")
                    .doesNotContainKeys("toastyObservationCustomizer", "toastyTimerCustomizer");
        });
    }

    private static Timer timer(MeterRegistry registry, String operation, String outcome) {
        return registry.get("toasty.query")
                .tags("operation", operation, "model", "Note", "backend", "sqlite", "outcome", outcome)
                .timer();
    }
}
