package dev.toasty.spring.boot;

import dev.toasty.SchemaMismatchException;
import dev.toasty.Toasty;
import dev.toasty.spring.boot.app.Book;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway and {@code spring.sql.init} scripts make the schema before Toasty checks it, and when what they made differs
 * from the models, the failure analyzer's advice speaks of them, not of {@code toasty.schema: create}.
 */
class InitializerOrderTest {

    @TempDir
    Path dir;

    private String url() {
        return "spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db");
    }

    @Test
    void toastyValidatesTheSchemaFlywayMade() {
        Contexts.runner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues(url(), "spring.flyway.locations=classpath:flyway-books", "toasty.schema=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    String[] dependsOn = context.getBeanFactory().getBeanDefinition("toasty").getDependsOn();
                    assertThat(dependsOn).as("the Toasty bean waits for Flyway").isNotNull();
                    assertThat(Arrays.stream(dependsOn).map(context::getType))
                            .anySatisfy(type -> assertThat(type.getName()).contains("Flyway"));
                    Toasty db = context.getBean(Toasty.class);
                    db.insert(Book.of("Dune", 412));
                    assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                            "select count(*) from flyway_schema_history where success = 1", Integer.class)).isEqualTo(1);
                    assertThat(context.getBean(Flyway.class).info().applied()).hasSize(1);
                });
    }

    /** The analyzer as Spring Boot makes it from spring.factories, with the failed context's bean factory. */
    private static ToastyFailureAnalyzer analyzer(AtomicReference<BeanFactory> beanFactory) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, ArgumentResolver.of(BeanFactory.class, beanFactory.get()),
                        (type, name, failure) -> { }); // Boot skips the analyzers whose classes are absent, as here
        return analyzers.stream().filter(ToastyFailureAnalyzer.class::isInstance).map(ToastyFailureAnalyzer.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void aFlywaySchemaThatDiffersFromTheModelsFailsTheStartWithFlywayAdvice() {
        AtomicReference<BeanFactory> beanFactory = new AtomicReference<>();
        Contexts.runner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withInitializer(context -> beanFactory.set(context.getBeanFactory()))
                .withPropertyValues(url(), "spring.flyway.locations=classpath:flyway-short", "toasty.schema=validate")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(SchemaMismatchException.class);
                    FailureAnalysis analysis = analyzer(beanFactory).analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("pages");
                    assertThat(analysis.getAction()).contains("Flyway ran before Toasty").contains("Flyway scripts")
                            .doesNotContain("toasty.schema: create");
                });
    }

    @Test
    void withoutAnotherInitializerTheAdviceNamesToastysOwnWays() {
        AtomicReference<BeanFactory> beanFactory = new AtomicReference<>();
        Contexts.runner().withInitializer(context -> beanFactory.set(context.getBeanFactory()))
                .withPropertyValues(url(), "toasty.schema=validate").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyzer(beanFactory).analyze(context.getStartupFailure());
            assertThat(analysis.getAction()).contains("toasty.schema: create").doesNotContain("Flyway");
        });
    }

    @Test
    void toastyValidatesTheSchemaOfSqlInitScripts() {
        Contexts.runner().withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues(url(), "spring.sql.init.mode=always", "spring.sql.init.schema-locations=classpath:sql-init/schema.sql",
                        "toasty.schema=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(Toasty.class).insert(Book.of("Emma", 300));
                    assertThat(context.getBean(JdbcTemplate.class).queryForObject("select pages from starter_books", Integer.class))
                            .isEqualTo(300);
                });
    }
}
