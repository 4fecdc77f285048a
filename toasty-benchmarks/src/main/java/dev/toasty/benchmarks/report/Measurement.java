package dev.toasty.benchmarks.report;

import java.util.List;

/**
 * One JMH result row: a scenario (with its extra parameters), a database and a contender, and the
 * mean of each fork. {@code speeds} are per fork, higher is faster (time modes are inverted).
 */
record Measurement(String scenario, String db, String impl, String unit, boolean timed, List<Double> forkMeans) {

    /** Per-fork speeds: throughput as is, times inverted, so that a larger number is always faster. */
    List<Double> speeds() {
        return forkMeans.stream().map(m -> timed ? 1.0 / m : m).toList();
    }

    double fastest() {
        return speeds().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    double slowest() {
        return speeds().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The fastest fork as JMH's unit shows it (ops/s, or ms for a single shot). */
    double bestScore() {
        return timed ? 1.0 / fastest() : fastest();
    }
}
