package dev.toasty.spring.boot.repository;

import dev.toasty.Toasty;
import dev.toasty.spring.boot.ToastyAutoConfiguration;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * Enables Toasty repositories in the application's packages, as {@code @EnableToastyRepositories}
 * would; backs off when the application declares that annotation itself, or with
 * {@code spring.data.toasty.repositories.enabled=false}.
 */
@AutoConfiguration(after = ToastyAutoConfiguration.class)
@ConditionalOnBean(Toasty.class)
@ConditionalOnClass(ToastyRepository.class)
@ConditionalOnMissingBean(ToastyRepositoryFactoryBean.class)
@ConditionalOnBooleanProperty(name = "spring.data.toasty.repositories.enabled", matchIfMissing = true)
@Import(ToastyRepositoriesRegistrar.class)
public class ToastyRepositoriesAutoConfiguration {
}
