package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.Statement;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Plans by statement shape. A hit costs one hash lookup of the parameterized tree; a miss lowers,
 * verifies and renders, once per shape even when threads race for it. Bounded: past {@code maxSize} shapes the cache starts over rather than grow
 * without limit (a workload with that many shapes builds queries from unbounded input).
 */
final class PlanCache {

    private final ConcurrentHashMap<Statement, Operation> plans = new ConcurrentHashMap<>();
    private final int maxSize;
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();

    PlanCache(int maxSize) {
        this.maxSize = maxSize;
    }

    Operation get(Statement shape, Function<Statement, Operation> planner) {
        Operation plan = plans.get(shape);
        if (plan != null) {
            hits.increment();
            return plan;
        }
        if (plans.size() >= maxSize) {
            plans.clear();
        }
        boolean[] planned = new boolean[1];
        plan = plans.computeIfAbsent(shape, s -> {
            planned[0] = true;
            misses.increment();
            return planner.apply(s);
        });
        if (!planned[0]) {
            hits.increment();
        }
        return plan;
    }

    int size() {
        return plans.size();
    }
}
