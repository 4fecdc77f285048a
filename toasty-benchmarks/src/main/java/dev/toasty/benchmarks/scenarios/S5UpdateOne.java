package dev.toasty.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** S5: one column of one item, by key. */
@State(Scope.Thread)
public class S5UpdateOne extends Trial {

    private int qty;

    @Benchmark
    public int update() {
        qty = (qty + 1) % 1000;
        contender.updateQty(nextId(), qty);
        return qty;
    }
}
