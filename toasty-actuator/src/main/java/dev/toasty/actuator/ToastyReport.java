package dev.toasty.actuator;

import dev.toasty.event.EngineStats;

import java.util.List;

/**
 * What {@code /actuator/toasty} answers: the backend, the engine's counters, the statement statistics
 * and the schema. It holds statement texts and names, never a parameter value or a stored value.
 *
 * @param backend    {@code sqlite}, {@code postgresql}, {@code mysql} or {@code dynamodb}
 * @param stats      plan-cache and statement counters since the instance was built
 * @param statements per-shape statistics, or null when none are collected for this instance
 * @param models     the models, by name
 * @param migrations the startup migration and the migrations' states, or null when the application does not migrate
 */
public record ToastyReport(String backend, EngineStats stats, Statements statements, List<ModelReport> models,
                           MigrationsReport migrations) {

    /**
     * The statement statistics.
     *
     * @param sortedBy  the order of {@code shapes}: {@code totalTime}, the most total time first
     * @param maxShapes the most shapes tracked
     * @param tracked   the shapes tracked now
     * @param overflow  statements of shapes not tracked because {@code maxShapes} was reached
     * @param shapes    the shapes, in {@code sortedBy} order
     */
    public record Statements(String sortedBy, int maxShapes, int tracked, long overflow, List<StatementShape> shapes) {
    }
}
