package dev.toasty.spring.boot;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.spring.boot.app.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code toasty.schema=migrate}: the pending migrations run while the Toasty bean is created, before the beans that
 * use the database (JdbcTemplate depends on it through Boot's database-initializer detection), then the models and the
 * database are checked; a failing migration, models ahead of the migrations, or no migrations at all fail the start
 * with the failure analyzer's advice.
 */
class MigrateAtStartupTest {

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("db");
    }

    /** Writes the first migration of the starter's models into {@code migrations()}. */
    private void generateInit(Class<?>... models) {
        try (Toasty db = Toasty.builder().url("sqlite::memory:").models(models).build()) {
            Migrator migrator = db.migrator(MigrationSettings.defaults().withLocation("filesystem:" + migrations()));
            migrator.write(migrator.generate("init", GenerateOptions.defaults()), migrations());
        }
    }

    private String[] properties() {
        return new String[]{"toasty.url=" + Contexts.sqliteUrl(dir), "toasty.schema=migrate",
                "toasty.migrations.location=filesystem:" + migrations()};
    }

    @Test
    void pendingMigrationsRunBeforeTheBeansThatUseTheDatabase() {
        generateInit(Book.class);
        Contexts.runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasNotFailed();
            MigrationStartup.Result result = context.getBean(MigrationStartup.class).result();
            assertThat(result.applied()).extracting(MigrationInfo::description).containsExactly("init");
            assertThat(result.tookMs()).isGreaterThanOrEqualTo(0);
            assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn()).contains("toasty");
            Toasty toasty = context.getBean(Toasty.class);
            assertThat(toasty.schemaDifferences()).isEmpty();
            toasty.insert(Book.of("Dune", 412));
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from toasty_migrations", Long.class)).isEqualTo(1);
        });
        Contexts.runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationStartup.class).result().applied()).as("the second start applies nothing").isEmpty();
            assertThat(context.getBean(Toasty.class).query(Book.class).count()).isEqualTo(1);
        });
    }

    @Test
    void aFailingMigrationFailsTheStartNamingItAndLeavesNothing() throws Exception {
        generateInit(Book.class);
        Files.writeString(migrations().resolve("V99990101000000__broken.json"), """
                {"description": "broken data fix",
                 "up": [{"sql": {"*": ["UPDATE no_such_table SET x = 1"]}, "description": "fix"}],
                 "down": []}
                """);
        Contexts.runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("no_such_table");
            FailureAnalysis analysis = new ToastyFailureAnalyzer(null).analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("startup migration failed", "V99990101000000 (broken data fix)",
                    "step 1 (sql: fix)");
            assertThat(analysis.getAction()).contains("toasty status");
        });
        try (Toasty db = Toasty.builder().url(Contexts.sqliteUrl(dir)).models(Book.class).build()) {
            assertThat(db.migrator(MigrationSettings.defaults().withLocation("filesystem:" + migrations())).status())
                    .extracting(MigrationInfo::description).containsExactly("init", "broken data fix");
            assertThat(db.migrator(MigrationSettings.defaults().withLocation("filesystem:" + migrations())).pending())
                    .as("SQLite rolled the failed migration back; the one before it stays applied").hasSize(1);
        }
    }

    @Test
    void modelsAheadOfTheMigrationsFailTheStart() {
        generateInit(Other.class);
        Contexts.runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationException.class)
                    .hasMessageContaining("The models differ from what the migrations").hasMessageContaining("create table starter_books");
        });
    }

    @Test
    void noMigrationsFailTheStartWithTheFirstStepToTake() {
        Contexts.runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("holds no migration")
                    .hasMessageContaining("toasty generate");
        });
    }

    @Test
    void theMigrationPropertiesBind() {
        generateInit(Book.class);
        Contexts.runner().withPropertyValues(properties()).withPropertyValues("toasty.migrations.out-of-order=true",
                "toasty.migrations.baseline-version=7", "toasty.migrations.check-drift=false").run(context -> {
            ToastyProperties.Migrations migrations = context.getBean(ToastyProperties.class).migrations();
            assertThat(migrations.outOfOrder()).isTrue();
            assertThat(migrations.baselineVersion()).isEqualTo("7");
            assertThat(migrations.checkDrift()).isFalse();
            assertThat(migrations.validateOnMigrate()).isTrue();
            assertThat(migrations.settings().location()).isEqualTo("filesystem:" + migrations());
        });
    }

    /** A model of another table, for migrations that do not make the starter's books. */
    @dev.toasty.annotation.Model
    @dev.toasty.annotation.Table("starter_others")
    record Other(@dev.toasty.annotation.Key @dev.toasty.annotation.Auto Long id, String name) {
    }
}
