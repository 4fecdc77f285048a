package dev.toasty.benchmarks.jooq;

/** A {@code bench_item} row as the jOOQ contender reads it. */
record JooqItem(long id, String name, String category, String note, int qty, int rank, long price, long stock, double score,
                boolean active) {
}
