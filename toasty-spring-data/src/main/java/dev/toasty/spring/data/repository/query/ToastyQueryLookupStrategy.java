package dev.toasty.spring.data.repository.query;

import dev.toasty.SchemaException;
import dev.toasty.Toasty;
import dev.toasty.schema.Model;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.DefaultParameters;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the query of each repository method when the repository is created: native SQL for a method
 * annotated {@link dev.toasty.spring.data.repository.Query}, else a query derived from the method name.
 * Any problem stops the repository's creation with a {@code QueryCreationException} naming the
 * repository, the method and the reason.
 */
public final class ToastyQueryLookupStrategy implements QueryLookupStrategy {

    private final Toasty toasty;
    private final Key key;
    private final Map<Class<?>, FieldPaths> paths = new ConcurrentHashMap<>();

    /**
     * A strategy over {@code toasty}. {@code key} says where queries come from: {@code CREATE} derives every
     * query from the method name, {@code USE_DECLARED_QUERY} requires {@code @Query} on each query method,
     * {@code CREATE_IF_NOT_FOUND} (the default, also for null) uses {@code @Query} where present.
     */
    public ToastyQueryLookupStrategy(Toasty toasty, Key key) {
        this.toasty = toasty;
        this.key = key == null ? Key.CREATE_IF_NOT_FOUND : key;
    }

    @Override
    public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
                                        NamedQueries namedQueries) {
        QueryMethod queryMethod = new QueryMethod(method, metadata, factory, DefaultParameters::new);
        MethodContext context = new MethodContext(metadata.getRepositoryInterface(), method, queryMethod,
                paths.computeIfAbsent(metadata.getDomainType(), this::pathsOf), toasty.capability());
        var sql = key == Key.CREATE ? null : method.getAnnotation(dev.toasty.spring.data.repository.Query.class);
        if (sql == null && key == Key.USE_DECLARED_QUERY) {
            throw context.refuse("the query lookup strategy is USE_DECLARED_QUERY, and the method has no @Query");
        }
        if (sql != null) {
            return NativeSqlQuery.create(toasty, context, sql.value(), Results.of(context, factory, true));
        }
        PartTree tree;
        try {
            tree = new PartTree(method.getName(), metadata.getDomainType());
        } catch (PropertyReferenceException e) {
            throw context.refuse(e.getMessage() + " (" + context.model().name() + " has the fields "
                    + String.join(", ", context.model().fields().stream().map(f -> f.name()).toList()) + ")", e);
        } catch (IllegalArgumentException e) {
            throw context.refuse(e.getMessage(), e);
        }
        boolean rows = !tree.isCountProjection() && !tree.isExistsProjection();
        return new DerivedQuery(toasty, context, tree, Results.of(context, factory, rows));
    }

    private FieldPaths pathsOf(Class<?> domainType) {
        try {
            Model model = toasty.schema().model(domainType);
            return FieldPaths.of(model);
        } catch (SchemaException e) {
            throw new IllegalStateException(domainType.getName() + " is not a model of this Toasty instance: " + e.getMessage(), e);
        }
    }
}
