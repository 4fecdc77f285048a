package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import dev.toasty.ToastyBuilder;
import dev.toasty.spring.data.SpringConnections;
import dev.toasty.spring.data.ToastyExceptionTranslator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * Builds the {@link Toasty} bean over the {@code @Model} classes of the application's packages: on
 * the application's {@code DataSource} for SQL (Toasty's own pool when {@code toasty.url} is set, or
 * Spring Boot's), taking connections through Spring's transaction synchronization so
 * {@code @Transactional} covers it; or on DynamoDB for a {@code dynamodb:} URL. Then applies
 * {@code toasty.schema} (under {@code migrate}, the pending migrations run before any bean can use the database:
 * repositories need the Toasty bean, and {@link ToastyDatabaseInitializerDetector} makes {@code JdbcTemplate} and the
 * other beans that depend on database initialization wait for it too). An {@code AuditorAware} bean answers who
 * writes for {@code @CreatedBy}/{@code @LastModifiedBy} fields, and a {@code Clock} bean gives the audit times.
 */
@AutoConfiguration(after = {ToastyDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class})
@EnableConfigurationProperties(ToastyProperties.class)
public class ToastyAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Toasty toasty(ToastyProperties properties, BeanFactory beanFactory, ObjectProvider<DataSource> dataSources,
                  ObjectProvider<ToastyBuilderCustomizer> customizers, MigrationStartup migrations,
                  ObjectProvider<AuditorAware<?>> auditors, ObjectProvider<Clock> clocks) {
        List<Class<?>> models = ModelScanner.scan(ModelScanner.packages(beanFactory));
        ToastyBuilder builder = Toasty.builder().models(models).planCacheSize(properties.planCacheSize());
        connect(builder, properties, dataSources);
        if (properties.logQueries()) {
            builder.listener(new QueryLog());
        }
        AuditorAware<?> auditor = auditors.getIfUnique();
        if (auditor != null) {
            builder.auditor(auditor::getCurrentAuditor);
        }
        clocks.ifUnique(builder::clock);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        Toasty toasty = builder.build();
        try {
            SchemaStartup.apply(toasty, properties, migrations);
        } catch (RuntimeException e) {
            toasty.close();
            throw e;
        }
        return toasty;
    }

    private static void connect(ToastyBuilder builder, ToastyProperties properties, ObjectProvider<DataSource> dataSources) {
        if (properties.dynamoDbUrl()) {
            ToastyProperties.Dynamodb dynamo = properties.dynamodb();
            builder.url(DynamoUrls.withSettings(properties.url(), dynamo)).allowScans(dynamo.allowScans());
            if (!dynamo.tablePrefix().isEmpty()) {
                builder.tablePrefix(dynamo.tablePrefix());
            }
            return;
        }
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            if (dataSources.stream().findAny().isPresent()) {
                throw new IllegalStateException("Toasty found several DataSource beans and cannot tell which to use: "
                        + "mark one @Primary");
            }
            throw new NoDatabaseException();
        }
        builder.dataSource(dataSource, new SpringConnections(dataSource));
    }

    /** What {@code toasty.schema=migrate} did at startup, for the actuator. */
    @Bean
    @ConditionalOnMissingBean
    MigrationStartup toastyMigrationStartup() {
        return new MigrationStartup();
    }

    /** Drops the schema at shutdown under {@code toasty.schema=create-drop}, before the Toasty bean closes. */
    @Bean
    SchemaStartup.DropAtShutdown toastySchemaDrop(Toasty toasty, ToastyProperties properties) {
        return new SchemaStartup.DropAtShutdown(toasty, properties.schema());
    }

    /**
     * Lets {@code @Repository} beans see Toasty's exceptions as Spring's {@code DataAccessException}s. Static and lazy
     * about the Toasty bean (asked for its backend only when an exception is translated), so the translation post-processor
     * can find it early without creating Toasty before its time.
     */
    @Bean
    @ConditionalOnMissingBean
    static ToastyExceptionTranslator toastyExceptionTranslator(ObjectProvider<Toasty> toasty) {
        return new ToastyExceptionTranslator(toasty::getIfAvailable);
    }
}
