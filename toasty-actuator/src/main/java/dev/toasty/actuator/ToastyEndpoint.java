package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.schema.Model;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.Comparator;
import java.util.List;

/**
 * {@code /actuator/toasty}: the backend, the engine's counters, statistics per statement shape (the most
 * total time first) and the schema. A {@code DELETE} resets the statement statistics. Statement texts carry
 * placeholders, never values; Toasty's events hold none to show.
 */
@Endpoint(id = "toasty")
public class ToastyEndpoint {

    private final Toasty toasty;
    private final StatementStatistics statistics;

    /**
     * @param toasty     the instance to describe
     * @param statistics the statistics collected for it, or null when there are none
     */
    public ToastyEndpoint(Toasty toasty, StatementStatistics statistics) {
        this.toasty = toasty;
        this.statistics = statistics;
    }

    @ReadOperation
    public ToastyReport toasty() {
        List<ModelReport> models = toasty.schema().models().stream()
                .sorted(Comparator.comparing(Model::name))
                .map(ModelReport::of)
                .toList();
        return new ToastyReport(toasty.capability().backend(), toasty.stats(), statements(), models);
    }

    /** Forgets the statement statistics collected so far. */
    @DeleteOperation
    public void reset() {
        if (statistics != null) {
            statistics.reset();
        }
    }

    private ToastyReport.Statements statements() {
        if (statistics == null) {
            return null;
        }
        List<StatementShape> shapes = statistics.shapes();
        return new ToastyReport.Statements("totalTime", statistics.maxShapes(), shapes.size(), statistics.overflow(), shapes);
    }
}
