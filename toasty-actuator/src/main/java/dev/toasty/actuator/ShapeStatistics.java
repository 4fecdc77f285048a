package dev.toasty.actuator;

import dev.toasty.event.StatementEvent;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The running counters of one statement shape inside {@link StatementStatistics}. Lock-free: executing
 * threads add to striped counters, one histogram bucket and (rarely) the maximum.
 */
final class ShapeStatistics {

    private final String operation;
    private final String model;
    private final String sql;
    private final int shape;
    private final LongAdder count = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong maxNanos = new AtomicLong();
    private final LatencyHistogram histogram = new LatencyHistogram();

    ShapeStatistics(String operation, String model, String sql, int shape) {
        this.operation = operation;
        this.model = model;
        this.sql = sql;
        this.shape = shape;
    }

    void record(StatementEvent event) {
        long nanos = Math.max(0, event.duration().toNanos());
        count.increment();
        totalNanos.add(nanos);
        if (event.failed()) {
            errors.increment();
        } else if (event.rows() > 0) {
            rows.add(event.rows());
        }
        histogram.record(nanos);
        long max = maxNanos.get();
        while (nanos > max && !maxNanos.compareAndSet(max, nanos)) {
            max = maxNanos.get();
        }
    }

    long totalNanos() {
        return totalNanos.sum();
    }

    StatementShape snapshot() {
        long n = count.sum();
        long total = totalNanos.sum();
        long max = maxNanos.get();
        return new StatementShape(operation, model, sql, shape, n, errors.sum(), rows.sum(),
                millis(total), n == 0 ? 0 : millis(total / (double) n), millis(max),
                millis(Math.min(max, histogram.percentile(0.50))),
                millis(Math.min(max, histogram.percentile(0.95))),
                millis(Math.min(max, histogram.percentile(0.99))));
    }

    /** Nanoseconds as milliseconds, rounded to the microsecond. */
    private static double millis(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
