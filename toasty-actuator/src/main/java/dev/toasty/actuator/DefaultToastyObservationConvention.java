package dev.toasty.actuator;

import io.micrometer.common.KeyValues;

/**
 * The default names and key values of a Toasty operation's observation: name {@code toasty.query}, low
 * cardinality {@code operation}, {@code model}, {@code backend} and {@code outcome} ({@code success} or
 * {@code error}; {@code unknown} while running), high cardinality {@code statement} (the statement texts, one per line, without values)
 * and {@code rows}. The span is named like {@code SELECT Note}. Stateless and thread-safe.
 */
public class DefaultToastyObservationConvention implements ToastyObservationConvention {

    /** The observation's name, and so the name of the timer a meter handler makes of it. */
    public static final String NAME = "toasty.query";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(ToastyObservationContext context) {
        return context.operation() + " " + context.model();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ToastyObservationContext context) {
        return KeyValues.of(
                "operation", context.operation(),
                "model", context.model(),
                "backend", context.backend(),
                "outcome", outcome(context));
    }

    /** {@code unknown} while the operation runs (the tags of an active-operations meter), then {@code success} or {@code error}. */
    protected String outcome(ToastyObservationContext context) {
        if (!context.ended()) {
            return "unknown";
        }
        return context.getError() == null ? "success" : "error";
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ToastyObservationContext context) {
        return KeyValues.of(
                "statement", String.join("\n", context.statements()),
                "rows", Long.toString(context.rows()));
    }
}
