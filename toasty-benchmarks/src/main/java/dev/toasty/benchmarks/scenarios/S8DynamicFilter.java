package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.ItemFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** S8: four combinations of optional predicates, cycled, 50 rows at most. */
@State(Scope.Thread)
public class S8DynamicFilter extends Trial {

    private int next;

    @Benchmark
    public Object filter() {
        ItemFilter filter = ItemFilter.CYCLE.get(next);
        next = (next + 1) % ItemFilter.CYCLE.size();
        return contender.filter(filter);
    }
}
