package dev.toasty.spring.boot;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What {@code toasty.schema=migrate} did when the application started: the migrations it applied and how long the
 * whole step took (reading the history, taking the lock, applying, checking). Empty until then, and for other schema
 * actions. Read by the actuator's {@code toasty} endpoint. Thread-safe.
 */
public final class MigrationStartup {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationStartup.class);

    private volatile Result result;

    /**
     * What the startup migration did.
     *
     * @param location where the migrations were read from
     * @param applied  the migrations applied at this start, in order (empty when none was pending)
     * @param tookMs   how long the whole startup step took
     */
    public record Result(String location, List<MigrationInfo> applied, long tookMs) {
    }

    /** The result, or null when the application did not migrate at startup. */
    public Result result() {
        return result;
    }

    /** Applies the pending migrations, then checks for drift and validates the schema as the properties say. */
    void run(Toasty toasty, ToastyProperties.Migrations properties) {
        long start = System.nanoTime();
        Migrator migrator = toasty.migrator(properties.settings());
        if (migrator.migrations().isEmpty()) {
            throw new MigrationException("toasty.schema=migrate, but " + properties.location() + " holds no migration: generate the "
                    + "first one from the models (toasty generate \"init\"), or set toasty.migrations.location");
        }
        List<MigrationInfo> applied = migrator.migrate();
        if (properties.checkDrift()) {
            List<String> drift = migrator.drift();
            if (!drift.isEmpty()) {
                throw new MigrationException("The models differ from what the migrations of " + properties.location() + " make:\n  "
                        + String.join("\n  ", drift) + "\nGenerate the next migration (toasty generate \"...\"), or set "
                        + "toasty.migrations.check-drift=false");
            }
        }
        if (properties.validateSchema()) {
            toasty.validateSchema();
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        result = new Result(properties.location(), applied, took);
        if (applied.isEmpty()) {
            LOG.info("Toasty migrations: the schema is up to date ({} migration(s), {} ms)", migrator.migrations().size(), took);
        } else {
            LOG.info("Toasty migrations: applied {} in {} ms", applied.stream().map(i -> "V" + i.version() + " (" + i.description() + ")")
                    .toList(), took);
        }
    }
}
