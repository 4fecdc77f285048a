package dev.toasty.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** S2: {@code WHERE active = true ORDER BY id LIMIT n}. */
@State(Scope.Thread)
public class S2ListWhere extends Trial {

    @Param({"10", "100", "1000"})
    public int n;

    @Benchmark
    public Object list() {
        return contender.listActive(n);
    }
}
