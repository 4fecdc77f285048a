package dev.toasty.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Scope;

/** S1: one item by key, ids cycling over the 10k loaded rows. */
@State(Scope.Thread)
public class S1FindByKey extends Trial {

    @Benchmark
    public Object find() {
        return contender.find(nextId());
    }
}
