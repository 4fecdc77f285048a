package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

import java.util.Set;

/**
 * Tells Spring Boot that the {@link Toasty} bean initializes the database (it applies {@code toasty.schema}, migrations
 * included, when it is created), so that beans which depend on database initialization ({@code JdbcTemplate},
 * {@code @DependsOnDatabaseInitialization} beans, other ORMs) are created after it, as they are after Flyway.
 * <p>
 * Boot runs the initializers in the order of their detectors, each batch after the one before: Flyway and Liquibase
 * first, then {@code spring.sql.init} scripts ({@code LOWEST_PRECEDENCE - 100}). Toasty's order comes after all of
 * them, so its schema check and its own migrations see what they made.
 */
public final class ToastyDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** After Boot's SQL script initializer, which is the last of Boot's own. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 50;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Toasty.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
