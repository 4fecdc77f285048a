package dev.toasty.spring.boot.test;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test slice for Toasty: starts only Toasty, its repositories, the DataSource, transactions and
 * {@code JdbcTemplate}, not the web layer or other beans. By default the database is replaced by an
 * in-memory SQLite one with the schema created, and each test runs in a transaction rolled back at
 * its end. Set {@code replaceDatabase = false} to run on the database the application configures.
 *
 * <pre>{@code @DataToastyTest
 * class UserRepositoryTest {
 *     @Autowired UserRepository users;
 *     @Test void findsByEmail() { ... }
 * }}</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DataToastyTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DataToastyTypeExcludeFilter.class)
@Transactional
@AutoConfigureDataToasty
@ImportAutoConfiguration
public @interface DataToastyTest {

    /** Extra properties, as {@code key=value}, for this test's environment. */
    String[] properties() default {};

    /** Whether to replace the application's database with an in-memory SQLite one. */
    @PropertyMapping("toasty.test.replace-database")
    boolean replaceDatabase() default true;

    /** The {@code toasty.schema} action for the test: {@code create} by default. */
    @PropertyMapping("toasty.schema")
    String schema() default "create";

    /** Whether to include the application's {@code @Component}s too (they are left out by default). */
    boolean useDefaultFilters() default true;

    /** Auto-configuration classes to leave out. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
