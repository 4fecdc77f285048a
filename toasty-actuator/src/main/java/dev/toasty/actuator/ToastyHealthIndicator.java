package dev.toasty.actuator;

import dev.toasty.Toasty;
import dev.toasty.schema.Model;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.Comparator;

/**
 * The {@code toasty} health indicator: up when an {@code exists()} query on the first model (by name) runs,
 * down with the error otherwise. The query reads at most one row (a one-item scan on DynamoDB) and, being
 * a real statement, shows in the statement statistics and the {@code toasty.query} timer.
 */
public class ToastyHealthIndicator extends AbstractHealthIndicator {

    private final Toasty toasty;
    private final Model model;

    public ToastyHealthIndicator(Toasty toasty) {
        super("Toasty health check failed");
        this.toasty = toasty;
        this.model = toasty.schema().models().stream().min(Comparator.comparing(Model::name)).orElseThrow();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("backend", toasty.capability().backend()).withDetail("model", model.name());
        toasty.query(model.type()).allowScan().exists();
        builder.up();
    }
}
