package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.spring.boot.MigrationStartup;
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
    private final MigrationStartup migrations;

    /**
     * @param toasty     the instance to describe
     * @param statistics the statistics collected for it, or null when there are none
     * @param migrations what the startup migration did, or null without the starter's record of it
     */
    public ToastyEndpoint(Toasty toasty, StatementStatistics statistics, MigrationStartup migrations) {
        this.toasty = toasty;
        this.statistics = statistics;
        this.migrations = migrations;
    }

    @ReadOperation
    public ToastyReport toasty() {
        List<ModelReport> models = toasty.schema().models().stream()
                .sorted(Comparator.comparing(Model::name))
                .map(ModelReport::of)
                .toList();
        return new ToastyReport(toasty.capability().backend(), toasty.stats(), statements(), models, migrations());
    }

    /** The migrations' states, read from the history on each call; null when the application did not migrate at startup. */
    private MigrationsReport migrations() {
        MigrationStartup.Result result = migrations == null ? null : migrations.result();
        if (result == null) {
            return null;
        }
        List<String> applied = result.applied().stream().map(i -> i.version()).toList();
        var status = toasty.migrator(MigrationSettings.defaults().withLocation(result.location())).status();
        return new MigrationsReport(result.location(), applied, result.tookMs(), status);
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
