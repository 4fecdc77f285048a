package dev.toasty.spring.boot.test;

import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.ToastyDataSource;
import dev.toasty.spring.boot.ToastyDataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In a {@link DataToastyTest}, replaces the application's database with a fresh in-memory SQLite
 * one (one connection, so every statement of a test sees the same database).
 */
@AutoConfiguration(before = {ToastyDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class})
@ConditionalOnProperty(name = "toasty.test.replace-database", havingValue = "true", matchIfMissing = true)
public class ToastyTestDatabaseAutoConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource() {
        return ToastyDataSource.create("sqlite::memory:", 0);
    }
}
