package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;
import dev.toasty.event.StatementListener;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link StatementListener} that keeps count, failures, rows and latency (total, mean, max, p50, p95,
 * p99) per statement shape: the engine's shape hash with the operation, model and statement text. It runs
 * on every executing thread, so recording is a map lookup and a few lock-free additions. Memory is bounded:
 * at most {@code maxShapes} shapes are tracked (a few more only while threads race to add the last ones),
 * and statements of further shapes are only counted as {@link #overflow()}.
 */
public final class StatementStatistics implements StatementListener {

    /** How many shapes are tracked when nothing else is configured. */
    public static final int DEFAULT_MAX_SHAPES = 1000;

    private final int maxShapes;
    private final ConcurrentHashMap<Key, ShapeStatistics> shapes = new ConcurrentHashMap<>();
    private final LongAdder overflow = new LongAdder();

    public StatementStatistics() {
        this(DEFAULT_MAX_SHAPES);
    }

    public StatementStatistics(int maxShapes) {
        if (maxShapes < 1) {
            throw new IllegalArgumentException("maxShapes: must be at least 1, was " + maxShapes);
        }
        this.maxShapes = maxShapes;
    }

    @Override
    public void onStatement(StatementEvent event) {
        Key key = new Key(event.shape(), event.operation(), event.model(), event.sql());
        ShapeStatistics statistics = shapes.get(key);
        if (statistics == null) {
            if (shapes.size() >= maxShapes) {
                overflow.increment();
                return;
            }
            statistics = shapes.computeIfAbsent(key,
                    k -> new ShapeStatistics(k.operation(), k.model(), k.sql(), k.shape()));
        }
        statistics.record(event);
    }

    /** Every tracked shape, the one with the most total time first (ties: the most executions first). */
    public List<StatementShape> shapes() {
        return shapes.values().stream()
                .map(ShapeStatistics::snapshot)
                .sorted(Comparator.comparingDouble(StatementShape::totalMs).reversed()
                        .thenComparing(Comparator.comparingLong(StatementShape::count).reversed()))
                .toList();
    }

    /** The most shapes tracked. */
    public int maxShapes() {
        return maxShapes;
    }

    /** Statements not recorded because their shape was new when {@code maxShapes} shapes were already tracked. */
    public long overflow() {
        return overflow.sum();
    }

    /** Forgets every shape and the overflow count; statements running meanwhile may land on either side. */
    public void reset() {
        shapes.clear();
        overflow.reset();
    }

    private record Key(int shape, String operation, String model, String sql) {
    }
}
