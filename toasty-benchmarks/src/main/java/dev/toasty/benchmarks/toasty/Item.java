package dev.toasty.benchmarks.toasty;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.benchmarks.ItemData;

/** {@code bench_item} as a Toasty model. */
@Model
@Table("bench_item")
public record Item(@Key @Auto Long id, String name, String category, String note, int qty, int grade, long price, long stock,
                   double score, boolean active) {

    static Item of(ItemData d) {
        return new Item(d.id(), d.name(), d.category(), d.note(), d.qty(), d.rank(), d.price(), d.stock(), d.score(), d.active());
    }
}
