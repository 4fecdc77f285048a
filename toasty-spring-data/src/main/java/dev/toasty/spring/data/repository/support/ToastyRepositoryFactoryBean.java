package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;

/**
 * The Spring factory bean of one Toasty repository, as registered by {@code @EnableToastyRepositories}:
 * it receives the {@link Toasty} bean and creates the repository through {@link ToastyRepositoryFactory}
 * when the context starts, so that every query method is checked then.
 */
public class ToastyRepositoryFactoryBean<T extends Repository<S, ID>, S, ID> extends RepositoryFactoryBeanSupport<T, S, ID> {

    private Toasty toasty;

    public ToastyRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** The instance the repository runs on. */
    public void setToasty(Toasty toasty) {
        this.toasty = toasty;
    }

    @Override
    protected RepositoryFactorySupport createRepositoryFactory() {
        return new ToastyRepositoryFactory(toasty);
    }

    @Override
    public void afterPropertiesSet() {
        if (toasty == null) {
            throw new IllegalStateException("ToastyRepositoryFactoryBean for " + getObjectType().getName()
                    + " has no Toasty instance: define a Toasty bean, or name it with @EnableToastyRepositories(toastyRef = ...)");
        }
        super.afterPropertiesSet();
    }
}
