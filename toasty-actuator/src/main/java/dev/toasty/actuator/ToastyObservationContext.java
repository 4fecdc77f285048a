package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import io.micrometer.observation.Observation;

import java.util.ArrayList;
import java.util.List;

/**
 * The context of one {@code toasty.query} observation: one Toasty operation (a query, insert, update or
 * delete) and the statements it sent. Filled on the operation's own thread, read by the
 * {@link ToastyObservationConvention} when the observation starts and stops.
 */
public final class ToastyObservationContext extends Observation.Context {

    private final String operation;
    private final String model;
    private final String backend;
    private final List<String> statements = new ArrayList<>(2);
    private long rows;
    private boolean ended;

    public ToastyObservationContext(String operation, String model, String backend) {
        this.operation = operation;
        this.model = model;
        this.backend = backend;
    }

    /** {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
    public String operation() {
        return operation;
    }

    /** The model's name. */
    public String model() {
        return model;
    }

    /** {@code sqlite}, {@code postgresql}, {@code mysql}, {@code dynamodb}, or {@code unknown}. */
    public String backend() {
        return backend;
    }

    /** The texts of the statements sent so far, in order, with placeholders instead of values. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** Rows returned or changed by the statements that succeeded. */
    public long rows() {
        return rows;
    }

    /** Whether the operation has ended; its outcome is known only then. */
    public boolean ended() {
        return ended;
    }

    void end() {
        ended = true;
    }

    void add(StatementEvent event) {
        statements.add(event.sql());
        if (event.rows() > 0) {
            rows += event.rows();
        }
    }
}
