package dev.toasty.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.spring.boot.app.Book;
import dev.toasty.spring.boot.broken.BrokenApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ToastyAutoConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void aSqlUrlBecomesTheApplicationsDataSourceWithSpringsTransactionManager() {
        Contexts.runner().withPropertyValues("toasty.url=" + Contexts.sqliteUrl(dir), "toasty.schema=create").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Toasty.class);
            assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
            assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
            Toasty db = context.getBean(Toasty.class);
            db.insert(Book.of("Dune", 412));
            Integer pages = context.getBean(JdbcTemplate.class).queryForObject("select pages from starter_books", Integer.class);
            assertThat(pages).isEqualTo(412);
        });
    }

    @Test
    void springBootsOwnDataSourceIsUsedWhenThereIsNoToastyUrl() {
        Contexts.runner().withPropertyValues("spring.datasource.url=jdbc:sqlite:" + dir.resolve("boot.db"), "toasty.schema=create")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Toasty db = context.getBean(Toasty.class);
                    db.insert(Book.of("Emma", 300));
                    assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from starter_books", Long.class))
                            .isEqualTo(1L);
                    assertThat(db.capability().backend()).isEqualTo("sqlite");
                });
    }

    @Test
    void withoutAnyDatabaseTheStartFailsWithAdvice() {
        Contexts.runner().run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new ToastyFailureAnalyzer(null).analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("neither toasty.url nor spring.datasource.url");
            assertThat(analysis.getAction()).contains("toasty.url: sqlite:./data/app.db");
        });
    }

    @Test
    void aUserDefinedToastyBeanWins() {
        try (Toasty own = Toasty.builder().url(Contexts.sqliteUrl(dir)).models(Book.class).build()) {
            Contexts.runner().withPropertyValues("toasty.url=" + Contexts.sqliteUrl(dir))
                    .withBean("myToasty", Toasty.class, () -> own, d -> d.setDestroyMethodName(""))
                    .run(context -> assertThat(context).hasNotFailed().getBean(Toasty.class).isSameAs(own));
        }
    }

    @Test
    void createDropDropsTheTablesAtShutdown() {
        String url = Contexts.sqliteUrl(dir);
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=create-drop")
                .run(context -> context.getBean(Toasty.class).insert(Book.of("Ulysses", 730)));
        try (Toasty db = Toasty.builder().url(url).models(Book.class).build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.query(Book.class).count())
                    .hasMessageContaining("starter_books");
        }
    }

    @Test
    void validateFailsTheStartWithTheDifferencesAndPassesOnceTheSchemaExists() {
        String url = Contexts.sqliteUrl(dir);
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=validate").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(dev.toasty.SchemaMismatchException.class)
                    .hasMessageContaining("starter_books");
            FailureAnalysis analysis = new ToastyFailureAnalyzer(null).analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("starter_books");
            assertThat(analysis.getAction()).contains("toasty.schema: create");
        });
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=create").run(context -> assertThat(context).hasNotFailed());
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=validate").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void createFailsTheStartWhenAnExistingTableLacksAColumn() throws Exception {
        String url = Contexts.sqliteUrl(dir);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:" + url); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE starter_books (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)");
        }
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=create").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(dev.toasty.SchemaMismatchException.class)
                    .hasMessageContaining("starter_books.pages").hasMessageContaining("column is missing");
        });
    }

    @Test
    void aModelErrorFailsTheStartNamingTheClass() {
        Contexts.runner().withUserConfiguration(BrokenApp.class).withPropertyValues("toasty.url=" + Contexts.sqliteUrl(dir))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(SchemaException.class)
                            .hasMessageContaining("Broken");
                    FailureAnalysis analysis = new ToastyFailureAnalyzer(null).analyze(context.getStartupFailure());
                    assertThat(analysis.getAction()).contains("Fix the model");
                });
    }

    @Test
    void aDatabaseThatCannotBeReachedIsExplained() {
        Contexts.runner().withPropertyValues("toasty.url=postgresql://127.0.0.1:1/nothing?user=x&connectTimeout=2")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new ToastyFailureAnalyzer(null).analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Could not connect to postgresql://127.0.0.1:1/nothing");
                    assertThat(analysis.getAction()).contains("Check that the database is running");
                });
    }

    @Test
    void aBadPropertyFailsTheStartNamingIt() {
        Contexts.runner().withPropertyValues("toasty.url=sqlite::memory:", "toasty.max-pool-size=-1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("toasty.max-pool-size"));
    }

    @Test
    void logQueriesAddsAListenerAndPropertiesBind() {
        Contexts.runner().withPropertyValues("toasty.url=sqlite::memory:", "toasty.schema=create", "toasty.log-queries=true",
                "toasty.plan-cache-size=16").run(context -> {
                    ToastyProperties properties = context.getBean(ToastyProperties.class);
                    assertThat(properties.logQueries()).isTrue();
                    assertThat(properties.planCacheSize()).isEqualTo(16);
                    assertThat(properties.schema()).isEqualTo(ToastyProperties.SchemaAction.CREATE);
                    context.getBean(Toasty.class).insert(Book.of("Kim", 200));
                });
    }
}
