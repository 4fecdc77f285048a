package dev.toasty.spring.boot;

import dev.toasty.annotation.Model;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code @Model} classes: in the packages of {@link ToastyModelScan} when the application
 * declares one, else in the application's own packages (those of {@code @SpringBootApplication}).
 */
final class ModelScanner {

    private ModelScanner() {
    }

    static List<String> packages(BeanFactory beanFactory) {
        if (beanFactory.containsBean(ToastyModelScan.Registrar.BEAN_NAME)) {
            return beanFactory.getBean(ToastyModelScan.Registrar.BEAN_NAME, ToastyModelScan.Packages.class).names();
        }
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    static List<Class<?>> scan(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Model.class));
        List<Class<?>> models = new ArrayList<>();
        for (String pkg : packages) {
            for (var candidate : scanner.findCandidateComponents(pkg)) {
                models.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), ModelScanner.class.getClassLoader()));
            }
        }
        if (models.isEmpty()) {
            throw new NoModelsException(packages);
        }
        MetamodelCheck.warnIfMissing(models);
        return models;
    }
}
