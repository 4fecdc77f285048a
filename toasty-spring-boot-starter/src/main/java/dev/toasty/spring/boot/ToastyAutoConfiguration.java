package dev.toasty.spring.boot;

import dev.toasty.Toasty;
import dev.toasty.ToastyBuilder;
import dev.toasty.annotation.Model;
import dev.toasty.spring.data.ToastyExceptionTranslator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Toasty} bean from {@code toasty.url} over the {@code @Model} classes found in the
 * application's packages, and creates the schema at startup when {@code toasty.schema=create}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ToastyProperties.class)
public class ToastyAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty("toasty.url")
    Toasty toasty(ToastyProperties properties, BeanFactory beanFactory,
                  ObjectProvider<ToastyBuilderCustomizer> customizers) {
        List<Class<?>> models = scan(AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory) : List.of());
        ToastyBuilder builder = Toasty.builder().url(properties.url()).models(models);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        Toasty toasty = builder.build();
        if (properties.schema().equals("create")) {
            toasty.pushSchema();
        }
        return toasty;
    }

    /** Lets {@code @Repository} beans see Toasty's exceptions as Spring's {@code DataAccessException}s. */
    @Bean
    @ConditionalOnMissingBean
    static ToastyExceptionTranslator toastyExceptionTranslator() {
        return new ToastyExceptionTranslator();
    }

    static List<Class<?>> scan(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Model.class));
        List<Class<?>> models = new ArrayList<>();
        for (String pkg : packages) {
            for (var candidate : scanner.findCandidateComponents(pkg)) {
                models.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), ToastyAutoConfiguration.class.getClassLoader()));
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("toasty.url is set but no @Model class was found in " + packages
                    + ": annotate your model records with @dev.toasty.annotation.Model");
        }
        return models;
    }
}
