package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.Data;
import dev.toasty.benchmarks.ItemData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** S4: 100k new items in one transaction, one call per iteration, from an emptied table each time. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class S4BulkInsert extends Trial {

    private List<ItemData> items;

    @Setup(Level.Iteration)
    public void prepare() {
        database.deleteInserted();
        items = Data.newItems(100_000, Data.BULK);
    }

    @Benchmark
    public List<ItemData> insertAll() {
        contender.insertAll(items);
        return items;
    }
}
