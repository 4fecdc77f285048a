package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.ItemData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** S3: one new item, its generated key returned. The inserted rows are deleted after each iteration. */
@State(Scope.Thread)
public class S3InsertOne extends Trial {

    private long n = 100_000;

    @Benchmark
    public long insert() {
        return contender.insert(ItemData.of(null, n++));
    }

    @TearDown(Level.Iteration)
    public void deleteInserted() {
        database.deleteInserted();
    }
}
