package dev.toasty.benchmarks.jpa;

import dev.toasty.benchmarks.Database;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.BatchSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.community.dialect.SQLiteDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * The Spring setup of the JPA contender, as an application without Boot declares it: Hibernate over the
 * benchmark's pool, tuned for batched writes, the schema left alone, and the repositories of this package.
 */
@Configuration
@EnableJpaRepositories(basePackageClasses = JpaConfig.class)
public class JpaConfig {

    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(Database db) {
        HibernateJpaVendorAdapter vendor = new HibernateJpaVendorAdapter();
        if (!db.postgres()) {
            vendor.setDatabasePlatform(SQLiteDialect.class.getName());
        }
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(db.dataSource());
        factory.setJpaVendorAdapter(vendor);
        factory.setPackagesToScan(JpaConfig.class.getPackageName());
        factory.setJpaPropertyMap(Map.of(
                BatchSettings.STATEMENT_BATCH_SIZE, "50",
                BatchSettings.ORDER_INSERTS, "true",
                BatchSettings.ORDER_UPDATES, "true",
                SchemaToolingSettings.HBM2DDL_AUTO, "none"));
        return factory;
    }

    @Bean
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    /** For reads that span several repository calls or touch lazy state, as a read-only service method would. */
    @Bean
    public TransactionTemplate readOnlyTransaction(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template;
    }
}
