package dev.toasty.spring.data.repository.config;

import dev.toasty.spring.data.repository.support.ToastyRepositoryFactoryBean;
import org.springframework.beans.factory.support.BeanNameGenerator;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Enables Toasty repositories: scans the packages for interfaces extending a Spring Data repository
 * whose domain type is a {@code @Model} (or that extend {@code ToastyRepository}) and registers a bean
 * for each, built over the {@code Toasty} bean named by {@link #toastyRef()}. Without packages, the
 * package of the annotated class is scanned.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(ToastyRepositoriesRegistrar.class)
public @interface EnableToastyRepositories {

    /** Alias of {@link #basePackages()}. */
    String[] value() default {};

    /** The packages to scan for repository interfaces. */
    String[] basePackages() default {};

    /** Classes whose packages are scanned, a type-safe alternative to {@link #basePackages()}. */
    Class<?>[] basePackageClasses() default {};

    /** Only interfaces matching these filters become repositories. */
    Filter[] includeFilters() default {};

    /** Interfaces matching these filters are left out. */
    Filter[] excludeFilters() default {};

    /** The suffix of custom implementation fragments. */
    String repositoryImplementationPostfix() default "Impl";

    /** Where named queries would be found; Toasty has none, so this is unused. */
    String namedQueriesLocation() default "";

    /** How queries are found: a {@code @Query} annotation, else the method name. */
    Key queryLookupStrategy() default Key.CREATE_IF_NOT_FOUND;

    /** The factory bean of each repository. */
    Class<?> repositoryFactoryBeanClass() default ToastyRepositoryFactoryBean.class;

    /** The class implementing the base methods; {@code SimpleToastyRepository} by default. */
    Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

    /** The name generator of repository beans. */
    Class<? extends BeanNameGenerator> nameGenerator() default BeanNameGenerator.class;

    /** Whether interfaces nested in other classes are repositories too. */
    boolean considerNestedRepositories() default false;

    /** When repositories are created: at once ({@code DEFAULT}), lazily or deferred. */
    BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

    /** The name of the {@code Toasty} bean the repositories run on. */
    String toastyRef() default "toasty";
}
