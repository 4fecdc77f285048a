package dev.toasty.benchmarks.dynamo;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** The item of S10, a Toasty model; the raw side stores the same attributes in its own table. */
@Model
@Table("s10_item")
public record DynamoItem(@Key long id, String name, String category, int qty, long price, double score, boolean active) {

    private static final String[] CATEGORIES = {"tools", "garden", "books", "music", "games"};

    /** The item numbered {@code id}, with values derived from it. */
    static DynamoItem numbered(long id) {
        return new DynamoItem(id, "item " + id, CATEGORIES[(int) (id % CATEGORIES.length)], (int) (id % 100), id * 100,
                id / 4.0, id % 2 == 0);
    }
}
