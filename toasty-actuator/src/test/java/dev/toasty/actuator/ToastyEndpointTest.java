package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.actuator.notes.Note;
import dev.toasty.query.Metamodel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ToastyEndpointTest {

    private static final String SECRET = "secret-title-7f3a9c";

    @Test
    void shows_backend_engine_counters_statement_shapes_and_schema() {
        NotesApplication.runner().run(context -> {
            Toasty db = context.getBean(Toasty.class);
            db.insertAll(IntStream.range(0, 20).mapToObj(i -> new Note(null, SECRET + i, "ann", i)).toList());
            for (int i = 0; i < 50; i++) {
                db.query(Note.class).where(Metamodel.string(Note.class, "title").eq(SECRET + (i % 20))).list();
            }
            db.query(Note.class).count();

            ToastyReport report = context.getBean(ToastyEndpoint.class).toasty();

            assertThat(report.backend()).isEqualTo("sqlite");
            assertThat(report.stats().statementsExecuted()).isGreaterThanOrEqualTo(52);
            assertThat(report.statements().sortedBy()).isEqualTo("totalTime");
            assertThat(report.statements().maxShapes()).isEqualTo(1000);
            assertThat(report.statements().overflow()).isZero();
            StatementShape select = shape(report, "SELECT");
            assertThat(select.count()).isEqualTo(50);
            assertThat(select.rows()).isEqualTo(50);
            assertThat(select.errors()).isZero();
            assertThat(select.model()).isEqualTo("Note");
            assertThat(select.sql()).contains("?").doesNotContain("secret");
            assertThat(select.meanMs()).isPositive();
            assertThat(select.p50Ms()).isPositive().isLessThanOrEqualTo(select.p95Ms());
            assertThat(select.p95Ms()).isLessThanOrEqualTo(select.p99Ms());
            assertThat(select.p99Ms()).isLessThanOrEqualTo(select.maxMs());
            assertThat(select.totalMs()).isGreaterThanOrEqualTo(select.maxMs());
            assertThat(shape(report, "COUNT").count()).isEqualTo(1);
            assertThat(shape(report, "INSERT").rows()).isEqualTo(20);
            List<Double> totals = report.statements().shapes().stream().map(StatementShape::totalMs).toList();
            assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));

            ModelReport note = report.models().getFirst();
            assertThat(note.name()).isEqualTo("Note");
            assertThat(note.type()).isEqualTo(Note.class.getName());
            assertThat(note.table()).isEqualTo("notes");
            assertThat(note.primaryKey()).containsExactly("id");
            assertThat(note.columns()).extracting(ModelReport.ColumnReport::name).containsExactly("id", "title", "author", "stars");
            assertThat(note.columns().getFirst()).isEqualTo(new ModelReport.ColumnReport("id", "LONG", false, true));
            assertThat(note.columns().get(3).nullable()).isTrue();
            assertThat(note.indexes()).anySatisfy(i -> {
                assertThat(i.columns()).containsExactly("title");
                assertThat(i.unique()).isTrue();
            });
            assertThat(note.indexes()).anySatisfy(i -> {
                assertThat(i.columns()).containsExactly("author", "title");
                assertThat(i.unique()).isFalse();
            });
        });
    }

    @Test
    void the_json_holds_no_parameter_or_stored_value() {
        NotesApplication.runner().run(context -> {
            Toasty db = context.getBean(Toasty.class);
            db.insert(new Note(null, SECRET, "ann", 3));
            db.query(Note.class).where(Metamodel.string(Note.class, "title").eq(SECRET)).list();
            db.update(Note.class).set(Metamodel.string(Note.class, "author"), SECRET + "-author")
                    .where(Metamodel.string(Note.class, "title").eq(SECRET)).execute();
            try {
                db.insert(new Note(null, SECRET, "bob", 4));
            } catch (RuntimeException expected) {
                // a unique violation: the failure is counted, its message is not shown
            }

            String json = JsonMapper.builder().build().writeValueAsString(context.getBean(ToastyEndpoint.class).toasty());

            assertThat(json).contains("\"errors\":1", "\"sql\":", "\"p99Ms\":").doesNotContain("secret", "ann", "bob");
        });
    }

    @Test
    void delete_resets_the_statistics() {
        NotesApplication.runner().run(context -> {
            Toasty db = context.getBean(Toasty.class);
            db.query(Note.class).count();
            ToastyEndpoint endpoint = context.getBean(ToastyEndpoint.class);
            assertThat(endpoint.toasty().statements().tracked()).isPositive();

            endpoint.reset();

            assertThat(endpoint.toasty().statements().shapes()).isEmpty();
            db.query(Note.class).count();
            assertThat(endpoint.toasty().statements().shapes()).extracting(StatementShape::operation).containsExactly("COUNT");
        });
    }

    @Test
    void max_shapes_comes_from_the_property() {
        NotesApplication.runner().withPropertyValues("toasty.actuator.max-shapes=1").run(context -> {
            Toasty db = context.getBean(Toasty.class);
            context.getBean(StatementStatistics.class).reset();
            db.query(Note.class).count();
            db.query(Note.class).exists();

            ToastyReport.Statements statements = context.getBean(ToastyEndpoint.class).toasty().statements();
            assertThat(statements.maxShapes()).isEqualTo(1);
            assertThat(statements.tracked()).isEqualTo(1);
            assertThat(statements.overflow()).isEqualTo(1);
        });
    }

    @Test
    void a_max_shapes_below_one_fails_startup_naming_the_property() {
        NotesApplication.runner().withPropertyValues("toasty.actuator.max-shapes=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("toasty.actuator.max-shapes: must be at least 1, was 0"));
    }

    @Test
    void backs_off_when_the_endpoint_is_not_exposed() {
        NotesApplication.runner().withPropertyValues("management.endpoints.web.exposure.include=health").run(context -> {
            assertThat(context).hasSingleBean(Toasty.class);
            assertThat(context).doesNotHaveBean(ToastyEndpoint.class);
            assertThat(context).doesNotHaveBean(StatementStatistics.class);
        });
    }

    @Test
    void backs_off_without_a_toasty_bean() {
        new ApplicationContextRunner()
                .withUserConfiguration(NotesApplication.class)
                .withConfiguration(NotesApplication.ACTUATOR)
                .withPropertyValues("management.endpoints.web.exposure.include=toasty,health").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(Toasty.class);
                    assertThat(context).doesNotHaveBean(ToastyEndpoint.class);
                    assertThat(context).doesNotHaveBean(ToastyHealthIndicator.class);
                });
    }

    private static StatementShape shape(ToastyReport report, String operation) {
        return report.statements().shapes().stream().filter(s -> s.operation().equals(operation)).findFirst().orElseThrow();
    }
}
