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
        return Defaults.class;
    }

    @Override
    protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
        return new ToastyRepositoryConfigurationExtension();
    }

    /**
     * Carries the annotation whose defaults the registrar reads. Nested here, not in the
     * auto-configuration class, so Spring does not also process it as a configuration of its own.
     */
    @EnableToastyRepositories
    private static final class Defaults {
    }
}
