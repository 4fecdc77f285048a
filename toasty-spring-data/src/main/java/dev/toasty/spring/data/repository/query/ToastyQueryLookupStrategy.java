package dev.toasty.spring.data.repository.query;

import dev.toasty.Toasty;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.DefaultParameters;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

import java.lang.reflect.Method;

/**
 * Creates the query of each repository method when the repository is created: native SQL for a method
 * annotated {@link dev.toasty.spring.data.repository.Query}, else a query derived from the method name
 * (whose properties may cross relations), loading the relations its {@code @Include} names.
 * Any problem stops the repository's creation with a {@code QueryCreationException} naming the
 * repository, the method and the reason.
 */
public final class ToastyQueryLookupStrategy implements QueryLookupStrategy {

    private final Toasty toasty;
    private final Key key;
    private final SchemaPaths schema;

    /**
     * A strategy over {@code toasty}. {@code key} says where queries come from: {@code CREATE} derives every
     * query from the method name, {@code USE_DECLARED_QUERY} requires {@code @Query} on each query method,
     * {@code CREATE_IF_NOT_FOUND} (the default, also for null) uses {@code @Query} where present.
     */
    public ToastyQueryLookupStrategy(Toasty toasty, Key key) {
        this.toasty = toasty;
        this.key = key == null ? Key.CREATE_IF_NOT_FOUND : key;
        this.schema = new SchemaPaths(toasty);
    }

    @Override
    public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
                                        NamedQueries namedQueries) {
        QueryMethod queryMethod = new QueryMethod(method, metadata, factory, DefaultParameters::new);
        MethodContext context = new MethodContext(metadata.getRepositoryInterface(), method, queryMethod,
                schema.of(metadata.getDomainType()), schema, toasty.capability());
        var sql = key == Key.CREATE ? null : method.getAnnotation(dev.toasty.spring.data.repository.Query.class);
        if (sql == null && key == Key.USE_DECLARED_QUERY) {
            throw context.refuse("the query lookup strategy is USE_DECLARED_QUERY, and the method has no @Query");
        }
        if (sql != null) {
            MethodIncludes.refuseOnNativeSql(context);
            MethodLock.refuseOnNativeSql(context);
            Class<?> rows = NativeSqlQuery.rowModel(toasty, context);
            return NativeSqlQuery.create(toasty, context, sql.value(), rows,
                    Results.of(context, factory, rows == metadata.getDomainType()));
        }
        MethodName name = MethodName.parse(context);
        boolean rows = !name.subject().isCountProjection() && !name.subject().isExistsProjection();
        return new DerivedQuery(toasty, context, name, Results.of(context, factory, rows));
    }
}
