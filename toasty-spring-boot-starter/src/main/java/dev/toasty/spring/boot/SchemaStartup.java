package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/** Applies {@code toasty.schema} when the Toasty bean starts, and drops the schema at shutdown under {@code create-drop}. */
final class SchemaStartup {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaStartup.class);

    private SchemaStartup() {
    }

    static void apply(Toasty toasty, ToastyProperties properties, MigrationStartup migrations) {
        switch (properties.schema()) {
            case NONE -> { }
            case MIGRATE -> migrations.run(toasty, properties.migrations());
            case VALIDATE -> {
                toasty.validateSchema();
                LOG.info("Toasty schema: the database matches the {} model(s)", toasty.schema().models().size());
            }
            case CREATE, CREATE_DROP -> {
                toasty.pushSchema();
                LOG.info("Toasty schema: created what was missing for {} model(s) on {}", toasty.schema().models().size(),
                        toasty.capability().backend());
                // pushSchema does not alter tables that exist: one made by an older model (a column missing, a type
                // changed) would fail at its first read, so it fails the start here, naming each difference
                toasty.validateSchema();
            }
        }
    }

    /** Drops every model's table when the context closes, if {@code toasty.schema=create-drop}. */
    static final class DropAtShutdown implements DisposableBean {

        private final Toasty toasty;
        private final ToastyProperties.SchemaAction action;

        DropAtShutdown(Toasty toasty, ToastyProperties.SchemaAction action) {
            this.toasty = toasty;
            this.action = action;
        }

        @Override
        public void destroy() {
            if (action == ToastyProperties.SchemaAction.CREATE_DROP) {
                toasty.dropSchema();
                LOG.info("Toasty schema: dropped (toasty.schema=create-drop)");
            }
        }
    }
}
