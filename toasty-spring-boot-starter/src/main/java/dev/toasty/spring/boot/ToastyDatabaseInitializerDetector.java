package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that the {@link Toasty} bean initializes the database (it applies {@code toasty.schema}, migrations
 * included, when it is created), so that beans which depend on database initialization ({@code JdbcTemplate},
 * {@code @DependsOnDatabaseInitialization} beans, other ORMs) are created after it, as they are after Flyway.
 */
public final class ToastyDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Toasty.class);
    }
}
