package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.Data;
import dev.toasty.benchmarks.Database;
import dev.toasty.benchmarks.ItemData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S4's ceiling on PostgreSQL: the same 100k items streamed with pgjdbc's {@code COPY ... FROM STDIN}
 * (text format), in one transaction. Not an ORM path; it shows how far batched inserts are from the wire limit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class S4BulkCopy {

    @Param({"postgresql"})
    public String db;

    private Database database;
    private List<ItemData> items;

    @Setup(Level.Trial)
    public void open() {
        database = Database.open(db);
    }

    @Setup(Level.Iteration)
    public void prepare() {
        database.deleteInserted();
        items = Data.newItems(100_000, Data.BULK);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public long copy() throws Exception {
        StringBuilder text = new StringBuilder(items.size() * 96);
        for (ItemData i : items) {
            text.append(i.name()).append('\t').append(i.category()).append('\t').append(i.note() == null ? "\\N" : i.note())
                    .append('\t').append(i.qty()).append('\t').append(i.rank()).append('\t').append(i.price()).append('\t')
                    .append(i.stock()).append('\t').append(i.score()).append('\t').append(i.active()).append('\n');
        }
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_item (name, category, note, qty, grade, "
                    + "price, stock, score, active) FROM STDIN", new StringReader(text.toString()));
            c.commit();
            c.setAutoCommit(true);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
