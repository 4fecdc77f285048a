package dev.toasty.spring.data.repository.support;

import dev.toasty.Toasty;
import dev.toasty.spring.data.ToastyExceptionTranslator;
import dev.toasty.spring.data.repository.query.SchemaPaths;
import dev.toasty.spring.data.repository.query.ToastyQueryLookupStrategy;
import org.springframework.dao.support.PersistenceExceptionTranslationInterceptor;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates Toasty repositories over one {@link Toasty} instance, with or without a Spring context:
 * {@code new ToastyRepositoryFactory(db).getRepository(UserRepository.class)}. Every query method is
 * parsed and checked against the schema and the backend's capability when the repository is created
 * (so are the relation chains of its {@code @Include}s),
 * and every exception leaving the repository is translated into Spring's {@code DataAccessException}s.
 */
public class ToastyRepositoryFactory extends RepositoryFactorySupport {

    private final Toasty toasty;
    private final SchemaPaths schema;

    @SuppressWarnings("this-escape")
    public ToastyRepositoryFactory(Toasty toasty) {
        this.toasty = Objects.requireNonNull(toasty, "toasty");
        this.schema = new SchemaPaths(toasty);
        PersistenceExceptionTranslationInterceptor translation =
                new PersistenceExceptionTranslationInterceptor(new ToastyExceptionTranslator(() -> toasty));
        addRepositoryProxyPostProcessor((factory, information) -> factory.addAdvice(translation));
    }

    @Override
    public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
        return ToastyEntityInformation.of(toasty, metadata.getDomainType(), metadata.getIdType());
    }

    @Override
    protected Object getTargetRepository(RepositoryInformation information) {
        EntityInformation<?, ?> entity = getEntityInformation(information);
        FinderIncludes includes = FinderIncludes.of(information, schema, toasty);
        return includes.isEmpty() ? getTargetRepositoryViaReflection(information, entity, toasty)
                : getTargetRepositoryViaReflection(information, entity, toasty, includes);
    }

    @Override
    protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
        return SimpleToastyRepository.class;
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
                                                                   ValueExpressionDelegate delegate) {
        return Optional.of(new ToastyQueryLookupStrategy(toasty, key));
    }
}
