package dev.toasty.spring.boot;

import dev.toasty.ConnectionException;
import dev.toasty.SchemaException;
import dev.toasty.ToastyException;
import dev.toasty.UnsupportedFeatureException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;

/**
 * Turns the common start-up mistakes into advice in Spring Boot's "APPLICATION FAILED TO START"
 * report: no database configured, no models found, a JDBC driver jar missing, a database that
 * cannot be reached, a model definition error, a failed startup migration, a schema that does not match, an
 * unsupported feature. The advice for a schema that does not match fits what made the schema: Toasty, or Flyway,
 * Liquibase or {@code spring.sql.init} scripts, which run before Toasty.
 */
public final class ToastyFailureAnalyzer extends AbstractFailureAnalyzer<ToastyException> {

    private final BeanFactory beanFactory;

    /** Spring Boot passes the failed context's bean factory, or null when the failure came before there was one. */
    public ToastyFailureAnalyzer(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    protected FailureAnalysis analyze(Throwable root, ToastyException cause) {
        return switch (cause) {
            case NoDatabaseException e -> new FailureAnalysis(
                    "Toasty has no database to connect to: neither toasty.url nor spring.datasource.url is set.",
                    "Set toasty.url in application.yml or application.properties, for example\n"
                            + "    toasty.url: sqlite:./data/app.db                (an embedded SQLite file)\n"
                            + "    toasty.url: postgresql://localhost:5432/app?user=app\n"
                            + "    toasty.url: mysql://localhost:3306/app?user=app\n"
                            + "    toasty.url: dynamodb://localhost:8000           (DynamoDB Local)\n"
                            + "or configure spring.datasource.url to have Toasty use Spring Boot's DataSource.", e);
            case NoModelsException e -> new FailureAnalysis(e.getMessage() + ".",
                    "Annotate your model records with @dev.toasty.annotation.Model in (or below) the package of your "
                            + "@SpringBootApplication class, or name their packages with @ToastyModelScan.", e);
            case ConnectionException e when e.getMessage().contains("is not on the classpath") -> new FailureAnalysis(
                    e.getMessage() + ".",
                    "Add the JDBC driver named above to your build (Maven <dependency> or Gradle runtimeOnly).", e);
            case ConnectionException e -> new FailureAnalysis(e.getMessage(),
                    "Check that the database is running and reachable, and that toasty.url (or spring.datasource.url) "
                            + "names the right host, port, database and user.", e);
            case dev.toasty.migrate.MigrationException e -> new FailureAnalysis(
                    "Toasty's startup migration failed (toasty.schema=migrate): " + e.getMessage(),
                    "Fix what the message names: a failing step (see toasty status for the state it left), a migration file "
                            + "changed after it was applied (restore it, or toasty repair if the change is deliberate), or models "
                            + "that differ from the migrations (toasty generate \"...\"). docs/migrations.md describes each case.", e);
            case dev.toasty.SchemaMismatchException e -> new FailureAnalysis(e.getMessage(), mismatchAdvice(), e);
            case SchemaException e -> new FailureAnalysis(e.getMessage(),
                    "Fix the model named above; every @Model is checked when the application starts.", e);
            case UnsupportedFeatureException e -> new FailureAnalysis(e.getMessage(),
                    "Change the code named above to something this backend can run; docs/repositories.md and the "
                            + "backend's guide list what each backend refuses.", e);
            default -> null;
        };
    }

    private String mismatchAdvice() {
        List<String> initializers = DatabaseInitializers.in(beanFactory);
        if (initializers.isEmpty()) {
            return "Change the database to match the models (toasty.schema: create adds missing tables and indexes, "
                    + "toasty.schema: migrate applies the migrations in db/toasty), or change the models, or set "
                    + "toasty.schema: none to skip the check.";
        }
        String tools = String.join(" and ", initializers);
        return tools + " ran before Toasty checked the schema, and the database they left differs from the models as "
                + "listed above. Add what is missing to the " + tools + " scripts (or change the models) so the two agree; "
                + "keep toasty.schema: validate, which checks their work, rather than letting Toasty change a schema "
                + tools + " owns.";
    }
}
