package dev.toasty.benchmarks;

import dev.toasty.Toasty;
import dev.toasty.query.ComparablePath;
import dev.toasty.query.Metamodel;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S1: find one row by key, cycling over 10k rows of 10 columns, Toasty beside raw JDBC (prepared
 * statement, read by position, hand mapping) on the same SQLite file in the same run.
 * Run {@code org.openjdk.jmh.Main} on this module's classpath; the full suite and its scripts come with the benchmarks work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindByKeyBenchmark {

    private static final int ROWS = 10_000;
    private static final ComparablePath<Row, Long> ID = Metamodel.comparable(Row.class, "id", Long.class);

    @Param({"sqlite"})
    public String backend;

    private Path file;
    private Toasty toasty;
    private Connection jdbc;
    private PreparedStatement byId;
    private long next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Files.createTempFile("toasty-bench", ".db");
        Files.delete(file);
        toasty = Toasty.builder().url("sqlite:" + file).models(Row.class).build();
        toasty.pushSchema();
        List<Row> rows = new ArrayList<>(ROWS);
        for (long i = 1; i <= ROWS; i++) {
            rows.add(new Row(i, "a" + i, "b" + i, "c" + i, (int) i, (int) (i * 2), i * 3, i * 4, i / 3.0, i % 2 == 0));
        }
        toasty.insertAll(rows);
        jdbc = DriverManager.getConnection("jdbc:sqlite:" + file);
        byId = jdbc.prepareStatement("SELECT id, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM rows WHERE id = ?");
    }

    private long nextId() {
        next = next % ROWS + 1;
        return next;
    }

    @Benchmark
    public Row toasty() {
        return toasty.query(Row.class).where(ID.eq(nextId())).first().orElseThrow();
    }

    @Benchmark
    public Row rawJdbc() throws SQLException {
        byId.setLong(1, nextId());
        try (ResultSet rs = byId.executeQuery()) {
            rs.next();
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                    rs.getLong(7), rs.getLong(8), rs.getDouble(9), rs.getInt(10) != 0);
        }
    }

    /** Raw JDBC that prepares the statement on every call, as Toasty does today: isolates the cost of preparing. */
    @Benchmark
    public Row rawJdbcPreparePerCall() throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM rows WHERE id = ?")) {
            ps.setLong(1, nextId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getLong(7), rs.getLong(8), rs.getDouble(9), rs.getInt(10) != 0);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        byId.close();
        jdbc.close();
        toasty.close();
        Files.deleteIfExists(file);
    }
}
