package dev.toasty.spring.boot;

import dev.toasty.spring.boot.app.TestApp;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import java.nio.file.Path;

/** The application context the starter tests start: Toasty's and Spring Boot's JDBC auto-configuration. */
final class Contexts {

    private Contexts() {
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToastyDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        TransactionAutoConfiguration.class, ToastyAutoConfiguration.class))
                .withUserConfiguration(TestApp.class);
    }

    static String sqliteUrl(Path dir) {
        return "sqlite:" + dir.resolve("app.db");
    }
}
