package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatementStatisticsTest {

    private static final String SELECT = "SELECT \"id\", \"title\" FROM \"notes\" WHERE \"title\" = ?";
    private static final String INSERT = "INSERT INTO \"notes\" (\"title\") VALUES (?)";

    private static StatementEvent event(String operation, int shape, String sql, long micros, long rows, Throwable error) {
        return new StatementEvent(operation, "Note", shape, sql, Duration.ofNanos(micros * 1_000), rows, error);
    }

    @Test
    void counts_errors_rows_mean_max_and_percentiles_per_shape() {
        StatementStatistics statistics = new StatementStatistics();
        for (int i = 1; i <= 100; i++) {
            statistics.onStatement(event("SELECT", 1, SELECT, i * 10L, 2, null));
        }
        statistics.onStatement(event("SELECT", 1, SELECT, 5, -1, new IllegalStateException("boom")));

        StatementShape shape = statistics.shapes().getFirst();
        assertThat(shape.operation()).isEqualTo("SELECT");
        assertThat(shape.model()).isEqualTo("Note");
        assertThat(shape.sql()).isEqualTo(SELECT);
        assertThat(shape.count()).isEqualTo(101);
        assertThat(shape.errors()).isEqualTo(1);
        assertThat(shape.rows()).isEqualTo(200);
        assertThat(shape.maxMs()).isEqualTo(1.0);
        assertThat(shape.totalMs()).isEqualTo(50.505);
        assertThat(shape.meanMs()).isCloseTo(50.505 / 101, within(0.001));
        assertThat(shape.p50Ms()).isCloseTo(0.50, within(0.50 / 32));
        assertThat(shape.p95Ms()).isCloseTo(0.95, within(0.95 / 32));
        assertThat(shape.p99Ms()).isCloseTo(0.99, within(0.99 / 32));
        assertThat(shape.p99Ms()).isLessThanOrEqualTo(shape.maxMs());
    }

    @Test
    void shapes_are_sorted_by_total_time() {
        StatementStatistics statistics = new StatementStatistics();
        for (int i = 0; i < 10; i++) {
            statistics.onStatement(event("INSERT", 2, INSERT, 100, 1, null));
        }
        statistics.onStatement(event("SELECT", 1, SELECT, 5_000, 1, null));
        statistics.onStatement(event("COUNT", 3, "SELECT COUNT(*) FROM \"notes\"", 50, 1, null));

        assertThat(statistics.shapes()).extracting(StatementShape::operation).containsExactly("SELECT", "INSERT", "COUNT");
    }

    @Test
    void equal_shape_hashes_of_different_statements_stay_apart() {
        StatementStatistics statistics = new StatementStatistics();
        statistics.onStatement(event("SELECT", 7, SELECT, 10, 1, null));
        statistics.onStatement(event("INSERT", 7, INSERT, 10, 1, null));

        assertThat(statistics.shapes()).hasSize(2).allSatisfy(s -> assertThat(s.count()).isEqualTo(1));
    }

    @Test
    void new_shapes_past_the_cap_are_counted_as_overflow_and_known_ones_still_recorded() {
        StatementStatistics statistics = new StatementStatistics(2);
        statistics.onStatement(event("SELECT", 1, SELECT, 10, 1, null));
        statistics.onStatement(event("INSERT", 2, INSERT, 10, 1, null));
        statistics.onStatement(event("DELETE", 3, "DELETE FROM \"notes\" WHERE \"id\" = ?", 10, 1, null));
        statistics.onStatement(event("DELETE", 3, "DELETE FROM \"notes\" WHERE \"id\" = ?", 10, 1, null));
        statistics.onStatement(event("SELECT", 1, SELECT, 10, 1, null));

        List<StatementShape> shapes = statistics.shapes();
        assertThat(shapes).extracting(StatementShape::operation).containsExactly("SELECT", "INSERT");
        assertThat(shapes.getFirst().count()).isEqualTo(2);
        assertThat(statistics.overflow()).isEqualTo(2);
        assertThat(statistics.maxShapes()).isEqualTo(2);
    }

    @Test
    void reset_forgets_shapes_and_overflow() {
        StatementStatistics statistics = new StatementStatistics(1);
        statistics.onStatement(event("SELECT", 1, SELECT, 10, 1, null));
        statistics.onStatement(event("INSERT", 2, INSERT, 10, 1, null));
        statistics.reset();

        assertThat(statistics.shapes()).isEmpty();
        assertThat(statistics.overflow()).isZero();
        statistics.onStatement(event("INSERT", 2, INSERT, 10, 1, null));
        assertThat(statistics.shapes()).extracting(StatementShape::operation).containsExactly("INSERT");
    }

    @Test
    void ddl_without_a_model_is_tracked() {
        StatementStatistics statistics = new StatementStatistics();
        statistics.onStatement(new StatementEvent("DDL", null, 0, "CREATE TABLE \"notes\" (...)", Duration.ofMillis(2), 0, null));

        assertThat(statistics.shapes().getFirst().model()).isNull();
    }

    @Test
    void a_cap_below_one_is_refused_by_name() {
        assertThatThrownBy(() -> new StatementStatistics(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxShapes: must be at least 1, was 0");
    }
}
