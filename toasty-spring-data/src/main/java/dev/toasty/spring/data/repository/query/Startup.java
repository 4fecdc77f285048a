package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Feature;

import dev.toasty.query.Order;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Parameters;

/**
 * The checks of a derived query that concern the whole method rather than one criterion: its static
 * order, its Sort, Pageable and Limit parameters against the backend's capability, and the size of a
 * Window. Run once, when the repository is created.
 */
final class Startup {

    private Startup() {
    }

    /** The order terms of the method name's {@code OrderBy}, checked against the model and the backend. */
    static Order<Object>[] order(MethodContext method, Sort sort) {
        if (sort.isSorted() && !method.capability().has(Feature.ARBITRARY_ORDER)) {
            throw method.unsupported("OrderBy", Feature.ARBITRARY_ORDER);
        }
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
        if (parameters.hasPageableParameter() && !method.capability().has(Feature.OFFSET)) {
            throw method.unsupported("A Pageable parameter (offset paging)", Feature.OFFSET);
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
}
