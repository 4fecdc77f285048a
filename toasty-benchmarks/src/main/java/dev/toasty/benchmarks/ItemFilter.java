package dev.toasty.benchmarks;

import java.util.List;

/**
 * S8's optional predicates: each non-null one is ANDed in, results ordered by id, at most
 * {@link #LIMIT} rows. {@link #CYCLE} holds the four combinations the scenario cycles through.
 */
public record ItemFilter(String category, Integer minQty, Boolean active) {

    public static final int LIMIT = 50;

    public static final List<ItemFilter> CYCLE = List.of(
            new ItemFilter("tools", null, null),
            new ItemFilter("garden", 500, null),
            new ItemFilter(null, 900, true),
            new ItemFilter("books", 100, false));
}
