package dev.toasty.benchmarks.scenarios;

import dev.toasty.benchmarks.Data;
import dev.toasty.benchmarks.ItemData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/** S6: 1000 existing items, every column written, in one transaction; blocks of ids cycle over the table. */
@State(Scope.Thread)
public class S6UpdateBatch extends Trial {

    private int block;
    private int qty;

    @Benchmark
    public int updateAll() {
        long first = (long) block * Data.BATCH + 1;
        block = (block + 1) % (Data.ITEMS / Data.BATCH);
        qty = (qty + 1) % 1000;
        List<ItemData> items = new ArrayList<>(Data.BATCH);
        for (long id = first; id < first + Data.BATCH; id++) {
            items.add(ItemData.of(id, id).withQty(qty));
        }
        contender.updateAll(items);
        return qty;
    }
}
