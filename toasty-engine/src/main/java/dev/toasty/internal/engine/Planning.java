package dev.toasty.internal.engine;

import dev.toasty.driver.Capability;
import dev.toasty.driver.Feature;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;

/**
 * Not API: the engine's steps from a statement to what a driver plans. Execution (on a plan-cache miss) and
 * {@code PlanPreview} both go through here, so a preview shows what runs.
 */
public final class Planning {

    private Planning() {
    }

    /** What a driver plans: the shape with relation filters expanded where the backend has subqueries, lowered and checked. */
    public record Planned(Statement shape, Model model, Lowering.Lowered lowered) {
    }

    /**
     * Before parameterizing: members spanning several columns expanded. (On a backend without subqueries the engine
     * first resolves relation filters by running lookups; a preview without a database cannot.)
     */
    public static Statement expanded(Statement statement, Schema schema) {
        return schema.hasComposites() ? Composites.expand(statement, schema) : statement;
    }

    /** A parameterized shape made ready for {@link Driver#plan}: this is where every refusal is made. */
    public static Planned planned(Statement shape, int argCount, Schema schema, Capability capability) {
        Statement ready = capability.has(Feature.SUBQUERIES) ? RelationFilters.expand(shape, schema) : shape;
        Model model = schema.model(shape.model());
        return new Planned(ready, model, Verifier.checked(ready, model, argCount, capability));
    }
}
