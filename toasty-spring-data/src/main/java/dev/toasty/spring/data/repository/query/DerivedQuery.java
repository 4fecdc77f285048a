package dev.toasty.spring.data.repository.query;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

import java.util.List;

/**
 * A query derived from a method name ({@code findByAgeGreaterThanOrderByNameAsc}), parsed and checked
 * once when the repository is created (and planned by the engine, which refuses what the backend cannot run):
 * the filter template, the static order, the limit, the
 * projection, the included relations, the row lock and the {@link Execution}. Each call binds its arguments into the
 * template and runs one Toasty query, plus one per included relation level (a {@code Stream} is the
 * list read in full, then streamed). Thread-safe.
 */
final class DerivedQuery implements RepositoryQuery {

    private final Toasty toasty;
    private final MethodContext method;
    private final Class<Object> type;
    private final FilterTemplate filter;
    private final Sort sort;
    private final Order<Object>[] order;
    private final Integer maxResults;
    private final Execution execution;
    private final Results results;
    private final RelationIncludes includes;
    private final MethodLock lock;

    @SuppressWarnings("unchecked")
    DerivedQuery(Toasty toasty, MethodContext method, MethodName name, Results results) {
        this.toasty = toasty;
        this.method = method;
        this.type = (Class<Object>) method.model().type();
        this.filter = FilterTemplate.of(method, name);
        this.sort = name.sort();
        this.order = Startup.order(method, sort);
        this.maxResults = name.subject().getMaxResults();
        this.execution = Execution.of(method, name);
        this.results = results;
        this.includes = MethodIncludes.of(method, execution, results);
        this.lock = MethodLock.of(toasty, method, execution);
        Startup.check(method, execution, maxResults);
        Startup.plan(toasty, method, filter, order, maxResults);
    }

    @Override
    public Object execute(Object[] args) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.queryMethod().getParameters(), args);
        Filter<Object> where = filter.bind(args);
        Query<Object> unlocked = includes.apply(toasty.query(type).where(where));
        Query<Object> query = lock.apply(unlocked);
        return switch (execution) {
            case COUNT -> count(query.count());
            case EXISTS -> query.exists();
            case DELETE_COUNT -> count(toasty.delete(type).where(where == null ? Filter.always() : where).execute());
            case DELETE_LIST -> deleteRows(limited(ordered(query, accessor), accessor).list());
            case SINGLE -> single(results.read(limited(ordered(query, accessor), accessor), accessor));
            case LIST -> results.read(limited(ordered(query, accessor), accessor), accessor);
            case STREAM -> results.read(limited(ordered(query, accessor), accessor), accessor).stream();
            // the page's total is counted without the lock: a count locks nothing
            case PAGE -> Paging.page(ordered(query, accessor), unlocked, accessor.getPageable(), toasty.capability(),
                    q -> results.read(q, accessor));
            case SLICE -> Paging.slice(ordered(query, accessor), accessor.getPageable(), toasty.capability(),
                    q -> results.read(q, accessor));
            case WINDOW -> Scrolling.window(ordered(query, accessor), accessor.getScrollPosition(), limit(accessor),
                    toasty.capability(), rows -> results.map(rows, accessor));
        };
    }

    private Query<Object> ordered(Query<Object> query, ParametersParameterAccessor accessor) {
        Sort dynamic = accessor.getSort();
        if (dynamic.isUnsorted()) {
            return order.length == 0 ? query : query.orderBy(order);
        }
        return query.orderBy(SortOrders.of(method.paths(), sort.and(dynamic)));
    }

    private Query<Object> limited(Query<Object> query, ParametersParameterAccessor accessor) {
        int limit = limit(accessor);
        if (execution == Execution.SINGLE) {
            return query.limit(Math.min(limit, 2));
        }
        return limit == Integer.MAX_VALUE ? query : query.limit(limit);
    }

    /** The smaller of the name's {@code Top}/{@code First} and the {@code Limit} argument; unlimited without either. */
    private int limit(ParametersParameterAccessor accessor) {
        Limit limit = method.queryMethod().getParameters().hasLimitParameter() ? accessor.getLimit() : Limit.unlimited();
        int fromName = maxResults == null ? Integer.MAX_VALUE : maxResults;
        return limit.isLimited() ? Math.min(fromName, limit.max()) : fromName;
    }

    private Object single(List<Object> rows) {
        if (rows.size() > 1) {
            throw new IncorrectResultSizeDataAccessException(method.method().getName() + " returns one "
                    + method.model().name() + ", but more than one matches", 1);
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Object deleteRows(List<Object> rows) {
        for (Object row : rows) {
            toasty.delete(row);
        }
        return rows;
    }

    private Object count(long n) {
        Class<?> returned = method.method().getReturnType();
        if (returned == int.class || returned == Integer.class) {
            return Math.toIntExact(n);
        }
        return returned == void.class || returned == Void.class ? null : n;
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method.queryMethod();
    }
}
