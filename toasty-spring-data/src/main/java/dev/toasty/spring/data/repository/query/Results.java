package dev.toasty.spring.data.repository.query;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ReturnedType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a query method returns for the rows it read: the entities themselves, or a projection chosen by
 * the return type (resolved at startup) or by a {@code Class} argument (resolved on first use of each
 * type, then cached). Thread-safe.
 */
final class Results {

    private final MethodContext method;
    private final ProjectionFactory factory;
    private final Projection projection;
    private final Map<Class<?>, Projection> dynamic = new ConcurrentHashMap<>();

    private Results(MethodContext method, ProjectionFactory factory, Projection projection) {
        this.method = method;
        this.factory = factory;
        this.projection = projection;
    }

    /** The results of {@code method}; a projection in its return type is checked here, at startup. */
    static Results of(MethodContext method, ProjectionFactory factory, boolean rows) {
        ReturnedType returned = method.queryMethod().getResultProcessor().getReturnedType();
        Class<?> type = returned.getReturnedType();
        if (!rows || !returned.isProjecting() || type.isAssignableFrom(method.model().type())
                || method.queryMethod().getParameters().hasDynamicProjection()) {
            return new Results(method, factory, null);
        }
        try {
            return new Results(method, factory, Projection.of(method.model(), type, factory));
        } catch (IllegalArgumentException e) {
            throw method.refuse(e.getMessage(), e);
        }
    }

    /** Whether the return type is a projection (a dynamic one, chosen by a {@code Class} argument, aside). */
    boolean projects() {
        return projection != null;
    }

    /** Runs {@code query} and returns its rows as the method does: a projection reads only its fields. */
    List<Object> read(dev.toasty.Query<Object> query, ParameterAccessor accessor) {
        Projection target = target(accessor);
        return target == null ? query.list() : ProjectionReader.read(query, target);
    }

    /** The entities {@code rows} as the method returns them. */
    List<Object> map(List<Object> rows, ParameterAccessor accessor) {
        Projection target = target(accessor);
        return target == null ? rows : ProjectionReader.fromEntities(method.model(), target, rows);
    }

    private Projection target(ParameterAccessor accessor) {
        if (!method.queryMethod().getParameters().hasDynamicProjection()) {
            return projection;
        }
        Class<?> type = accessor.findDynamicProjection();
        return type == null || type.isAssignableFrom(method.model().type()) ? null
                : dynamic.computeIfAbsent(type, t -> Projection.of(method.model(), t, factory));
    }
}
