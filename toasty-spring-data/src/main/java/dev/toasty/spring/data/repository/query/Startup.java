package dev.toasty.spring.data.repository.query;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Feature;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Parameters;

/**
 * The checks of a derived query that concern the whole method rather than one criterion: its static
 * order, its Sort, Pageable and Limit parameters, the size of a Window, and (through {@link #plan}) whether the
 * backend can run it, which the engine answers. Run once, when the repository is created.
 */
final class Startup {

    private Startup() {
    }

    /** The order terms of the method name's {@code OrderBy}, checked against the model (the backend's say is in {@link #plan}). */
    static Order<Object>[] order(MethodContext method, Sort sort) {
        try {
            return SortOrders.of(method.paths(), sort);
        } catch (InvalidDataAccessApiUsageException e) {
            throw method.refuse("OrderBy: " + e.getMessage(), e);
        }
    }

    static void check(MethodContext method, Execution execution, Integer maxResults) {
        Parameters<?, ?> parameters = method.queryMethod().getParameters();
        if (parameters.hasSortParameter() && !method.capability().has(Feature.ARBITRARY_ORDER)) {
            throw method.unsupported("A Sort parameter", Feature.ARBITRARY_ORDER);
        }
        if ((execution == Execution.PAGE || execution == Execution.SLICE) && !parameters.hasPageableParameter()) {
            throw method.refuse("a Page or Slice needs a Pageable parameter");
        }
        if (execution == Execution.WINDOW && maxResults == null && !parameters.hasLimitParameter()) {
            throw method.refuse("a Window needs a size: name it findFirst10By... (or Top10), or take a Limit parameter");
        }
        if (execution == Execution.WINDOW && !parameters.hasScrollPositionParameter()) {
            throw method.refuse("a Window needs a ScrollPosition parameter");
        }
    }

    /**
     * Asks the engine whether the backend can run the method's query: plans it with stand-in arguments, with its
     * static order, its limit and, for a Pageable parameter, an offset (a page beyond the first). A refusal stops
     * the repository's creation with the engine's reason. Skipped when a parameter's type has no stand-in value
     * (the engine then refuses when the method runs).
     */
    static void plan(Toasty toasty, MethodContext method, FilterTemplate filter, Order<Object>[] order, Integer maxResults) {
        Object[] samples = filter.samples();
        if (samples == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) method.model().type();
        Filter<Object> where = filter.bind(samples);
        Query<Object> query = toasty.query(type);
        if (where != null) {
            query = query.where(where);
        }
        if (order.length > 0) {
            query = query.orderBy(order);
        }
        if (maxResults != null) {
            query = query.limit(maxResults);
        }
        if (method.queryMethod().getParameters().hasPageableParameter()) {
            query = query.limit(1).offset(1);
        }
        try {
            query.check();
        } catch (UnsupportedFeatureException e) {
            throw method.refuse(e.getMessage() + "; use other keywords, or a query through Toasty's API for this backend", e);
        }
    }
}
