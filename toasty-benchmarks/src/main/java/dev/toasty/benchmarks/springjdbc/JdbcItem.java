package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The item aggregate: an immutable row of {@code bench_item}, its id set through {@link #withId} after an insert. */
@Table("bench_item")
public record JdbcItem(@Id Long id, String name, String category, String note, int qty, @Column("grade") int rank,
                       long price, long stock, double score, boolean active) {

    public JdbcItem withId(Long id) {
        return new JdbcItem(id, name, category, note, qty, rank, price, stock, score, active);
    }
}
