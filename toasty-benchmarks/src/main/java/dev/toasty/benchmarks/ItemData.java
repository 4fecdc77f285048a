package dev.toasty.benchmarks;

/**
 * One row of {@code bench_item}, ten columns, as the scenarios hand it to every contender: each turns
 * it into its own entity. {@code id} is null for a record to insert.
 */
public record ItemData(Long id, String name, String category, String note, int qty, int rank, long price, long stock,
                       double score, boolean active) {

    /** The deterministic row number {@code i} (1-based) of the loaded table, or of a record to insert when {@code id} is null. */
    public static ItemData of(Long id, long i) {
        return new ItemData(id, "item-" + i, Data.category(i), i % 5 == 0 ? null : "note for item " + i, (int) (i % 1000),
                (int) (i % 97), i * 13, i % 500, i / 7.0, i % 2 == 0);
    }

    /** The same record with another quantity (S6). */
    public ItemData withQty(int qty) {
        return new ItemData(id, name, category, note, qty, rank, price, stock, score, active);
    }
}
