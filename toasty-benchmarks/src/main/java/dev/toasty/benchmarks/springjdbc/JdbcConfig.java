package dev.toasty.benchmarks.springjdbc;

import dev.toasty.benchmarks.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/**
 * The Spring Data JDBC configuration over the benchmark's pool: PostgreSQL's dialect with single query
 * loading, or {@link SqliteDialect}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories
public class JdbcConfig extends AbstractJdbcConfiguration {

    private final Database db;

    JdbcConfig(Database db) {
        this.db = db;
    }

    /** The pool is the benchmark's, not a bean: closing the context must not close it. */
    @Bean
    NamedParameterJdbcTemplate namedParameterJdbcTemplate() {
        return new NamedParameterJdbcTemplate(db.dataSource());
    }

    @Bean
    DataSourceTransactionManager transactionManager() {
        return new DataSourceTransactionManager(db.dataSource());
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    @Override
    public JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
        return db.postgres() ? JdbcPostgresDialect.INSTANCE : new SqliteDialect();
    }

    /** Users and their posts load in one statement where the dialect supports it (PostgreSQL). */
    @Bean
    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy, JdbcCustomConversions customConversions,
                                                 RelationalManagedTypes managedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, managedTypes);
        context.setSingleQueryLoadingEnabled(true);
        return context;
    }
}
