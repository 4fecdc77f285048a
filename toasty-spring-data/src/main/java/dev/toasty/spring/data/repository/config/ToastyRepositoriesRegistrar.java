package dev.toasty.spring.data.repository.config;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

import java.lang.annotation.Annotation;

/** Registers the repository beans that {@link EnableToastyRepositories} asks for. */
public final class ToastyRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableToastyRepositories.class;
    }

    @Override
    protected RepositoryConfigurationExtension getExtension() {
        return new ToastyRepositoryConfigurationExtension();
    }
}
