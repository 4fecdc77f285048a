package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.Contender;
import dev.toasty.benchmarks.Contenders;
import dev.toasty.benchmarks.Data;
import dev.toasty.benchmarks.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * S9: S1 through a Spring Data repository, Toasty's and Spring Data JPA's (only those two have one);
 * raw JDBC runs S1's code as the baseline of the same run.
 */
@State(Scope.Thread)
public class S9Repository {

    @Param({"sqlite", "postgresql"})
    public String db;

    @Param({"raw", "toasty", "jpa"})
    public String impl;

    private Database database;
    private Contender contender;
    private long next;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(db);
        contender = Contenders.create(impl, database);
    }

    @TearDown(Level.Trial)
    public void close() {
        contender.close();
        database.close();
    }

    @Benchmark
    public Object findById() {
        next = next % Data.ITEMS + 1;
        return impl.equals(Contenders.RAW) ? contender.find(next) : contender.findThroughRepository(next);
    }
}
