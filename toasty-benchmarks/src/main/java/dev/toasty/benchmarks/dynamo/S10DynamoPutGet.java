package dev.toasty.benchmarks.dynamo;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S10: 1000 new items put, then read back by key, on DynamoDB Local in the benchmark's JVM, Toasty
 * beside the raw AWS SDK v2. Each iteration is one run with new ids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(2)
public class S10DynamoPutGet {

    @Param({"raw", "toasty"})
    public String impl;

    private DynamoTrial trial;
    private List<DynamoItem> items;
    private List<Long> ids;

    @Setup(Level.Trial)
    public void open() {
        trial = DynamoTrial.open(impl);
    }

    @Setup(Level.Iteration)
    public void prepare() {
        items = trial.newItems();
        ids = DynamoTrial.ids(items);
    }

    @Benchmark
    public List<DynamoItem> putGet() {
        return trial.putAndGet(items, ids);
    }

    @TearDown(Level.Trial)
    public void close() {
        trial.close();
    }
}
