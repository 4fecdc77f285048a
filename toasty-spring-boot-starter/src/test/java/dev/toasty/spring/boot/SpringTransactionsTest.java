package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.app.Book;
import dev.toasty.spring.boot.app.Library;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Spring's {@code JdbcTransactionManager} drives; Toasty and {@code JdbcTemplate} share its
 * connection. Runs on SQLite, and on PostgreSQL and MySQL/MariaDB when their test URLs are set.
 */
class SpringTransactionsTest {

    @TempDir
    static Path dir;

    static List<String> urls() {
        List<String> urls = new ArrayList<>(List.of("sqlite:" + dir.resolve("tx.db")));
        for (String env : List.of("TOASTY_TEST_POSTGRES_URL", "TOASTY_TEST_MYSQL_URL")) {
            String url = System.getenv(env);
            if (url != null && !url.isBlank()) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static void run(String url, Consumer<ApplicationContext> test) {
        Contexts.runner().withPropertyValues("toasty.url=" + url, "toasty.schema=create-drop")
                .withBean(Library.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(JdbcTemplate.class).update("delete from starter_books");
                    test.accept(context);
                });
    }

    private static long count(ApplicationContext context) {
        return context.getBean(Toasty.class).query(Book.class).count();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void toastyAndJdbcTemplateCommitTogetherOnOneConnection(String url) {
        run(url, context -> {
            Library library = context.getBean(Library.class);
            library.addBoth("A", "B");
            assertThat(count(context)).isEqualTo(2);
            assertThat(library.countInside("C")).as("JdbcTemplate sees Toasty's uncommitted row").isEqualTo(1);
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void anExceptionRollsBackBoth(String url) {
        run(url, context -> {
            assertThatThrownBy(() -> context.getBean(Library.class).addBothThenFail("A", "B")).hasMessage("fail after writing");
            assertThat(count(context)).isZero();
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void readOnlyTransactionsRefuseWritesWhereTheDatabaseEnforcesIt(String url) {
        run(url, context -> {
            Library library = context.getBean(Library.class);
            if (url.startsWith("sqlite:")) {
                library.writeInReadOnly("A");
                assertThat(count(context)).as("SQLite's JDBC driver cannot make a pooled connection read-only").isEqualTo(1);
            } else {
                assertThatThrownBy(() -> library.writeInReadOnly("A")).hasMessageMatching("(?is).*read.only.*");
                assertThat(count(context)).isZero();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void requiresNewCommitsEvenWhenTheOuterTransactionRollsBack(String url) {
        assumeFalse(url.startsWith("sqlite:"),
                "SQLite has one writer at a time: a second write transaction would wait for the outer one to end");
        run(url, context -> {
            Library library = context.getBean(Library.class);
            TransactionTemplate outer = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            outer.executeWithoutResult(status -> {
                context.getBean(Toasty.class).insert(Book.of("outer", 1));
                library.addInNewTransaction("inner");
                status.setRollbackOnly();
            });
            assertThat(context.getBean(Toasty.class).query(Book.class).list()).extracting(Book::title).containsExactly("inner");
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void nestedRollsBackToItsSavepointOnly(String url) {
        run(url, context -> {
            Library library = context.getBean(Library.class);
            TransactionTemplate outer = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            outer.executeWithoutResult(status -> {
                context.getBean(Toasty.class).insert(Book.of("outer", 1));
                assertThatThrownBy(() -> library.addNestedThenFail("nested")).hasMessage("nested fails");
            });
            assertThat(context.getBean(Toasty.class).query(Book.class).list()).extracting(Book::title).containsExactly("outer");
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void toastysOwnTransactionJoinsTheSpringTransaction(String url) {
        run(url, context -> {
            assertThatThrownBy(() -> context.getBean(Library.class).toastyTransactionInsideThenFail("joined"))
                    .hasMessageContaining("outer fails");
            assertThat(count(context)).as("the inner db.transaction did not commit on its own").isZero();
        });
    }

    @ParameterizedTest
    @MethodSource("urls")
    void outsideSpringTransactionsToastyCommitsItsOwn(String url) {
        run(url, context -> {
            Toasty db = context.getBean(Toasty.class);
            assertThatThrownBy(() -> db.transaction(tx -> {
                tx.insert(Book.of("x", 1));
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            db.transaction(tx -> tx.insert(Book.of("y", 1)));
            assertThat(db.query(Book.class).list()).extracting(Book::title).containsExactly("y");
        });
    }
}
