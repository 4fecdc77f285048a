package dev.toasty.spring.boot;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names the packages holding the {@code @Model} classes when they are not under the application's
 * own package. Replaces the default scan, as {@code @EntityScan} does for JPA.
 *
 * <pre>{@code @SpringBootApplication
 * @ToastyModelScan(basePackages = "com.example.shared.model")
 * class App { }}</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ToastyModelScan.Registrar.class)
public @interface ToastyModelScan {

    /** Alias of {@link #basePackages}. */
    String[] value() default {};

    /** Packages to scan for {@code @Model} classes (with their sub-packages). */
    String[] basePackages() default {};

    /** Classes whose packages are scanned: a type-safe {@link #basePackages}. */
    Class<?>[] basePackageClasses() default {};

    /** The packages to scan, as a bean. */
    record Packages(List<String> names) {
    }

    /** Registers the {@link Packages} bean. */
    final class Registrar implements ImportBeanDefinitionRegistrar {

        static final String BEAN_NAME = "dev.toasty.spring.boot.ToastyModelScan.Packages";

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AnnotationAttributes attributes = AnnotationAttributes.fromMap(metadata.getAnnotationAttributes(ToastyModelScan.class.getName()));
            List<String> names = new ArrayList<>();
            if (attributes != null) {
                names.addAll(Arrays.asList(attributes.getStringArray("value")));
                names.addAll(Arrays.asList(attributes.getStringArray("basePackages")));
                for (Class<?> type : attributes.getClassArray("basePackageClasses")) {
                    names.add(ClassUtils.getPackageName(type));
                }
            }
            if (names.isEmpty()) {
                names.add(ClassUtils.getPackageName(metadata.getClassName()));
            }
            RootBeanDefinition definition = new RootBeanDefinition(Packages.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, List.copyOf(names));
            registry.registerBeanDefinition(BEAN_NAME, definition);
        }
    }
}
