package dev.toasty.spring.boot.repository;

import dev.toasty.spring.data.repository.config.EnableToastyRepositories;
import dev.toasty.spring.data.repository.config.ToastyRepositoryConfigurationExtension;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

import java.lang.annotation.Annotation;

/** Registers the repositories found in the application's auto-configuration packages. */
class ToastyRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableToastyRepositories.class;
    }

    @Override
    protected Class<?> getConfiguration() {
        return ToastyRepositoriesAutoConfiguration.Defaults.class;
    }

    @Override
    protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
        return new ToastyRepositoryConfigurationExtension();
    }
}
