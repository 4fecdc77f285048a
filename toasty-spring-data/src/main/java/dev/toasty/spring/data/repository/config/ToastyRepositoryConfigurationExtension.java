package dev.toasty.spring.data.repository.config;

import dev.toasty.annotation.Model;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.support.SimpleToastyRepository;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactoryBean;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

/**
 * Toasty's part of Spring Data's repository configuration: the module name, the factory bean, and
 * which repositories are Toasty's when several stores are on the class path (those of {@code @Model}
 * types, or extending {@link ToastyRepository}). Passes {@code toastyRef} on to each factory bean.
 */
public class ToastyRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

    /** The name of the {@code Toasty} bean when {@code toastyRef} is not set. */
    public static final String DEFAULT_TOASTY_BEAN = "toasty";

    @Override
    public String getModuleName() {
        return "toasty";
    }

    @Override
    public String getModuleIdentifier() {
        return "toasty";
    }

    /** Required by the base class, which still declares it; the same as {@link #getModuleIdentifier()}. */
    @Override
    @Deprecated
    protected String getModulePrefix() {
        return getModuleIdentifier();
    }

    @Override
    public String getRepositoryFactoryBeanClassName() {
        return ToastyRepositoryFactoryBean.class.getName();
    }

    @Override
    public String getRepositoryBaseClassName() {
        return SimpleToastyRepository.class.getName();
    }

    @Override
    protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
        return List.of(Model.class);
    }

    @Override
    protected Collection<Class<?>> getIdentifyingTypes() {
        return List.of(ToastyRepository.class);
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, RepositoryConfigurationSource source) {
        String toasty = source.getAttribute("toastyRef").filter(s -> !s.isBlank()).orElse(DEFAULT_TOASTY_BEAN);
        builder.addPropertyReference("toasty", toasty);
    }
}
