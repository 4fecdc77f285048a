package dev.toasty.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The loaded data set: sizes and deterministic values shared by every contender. */
public final class Data {

    /** Rows of {@code bench_item} loaded before every trial (ids 1 to ITEMS). */
    public static final int ITEMS = 10_000;
    /** Users of S7, each with {@link #POSTS_PER_USER} posts. */
    public static final int USERS = 1_000;
    public static final int POSTS_PER_USER = 10;
    /** Records per batch in S6, and in S4 the records of one transaction. */
    public static final int BATCH = 1_000;
    public static final int BULK = 100_000;

    private static final String[] CATEGORIES = {"tools", "garden", "books", "music", "games", "food", "toys", "home",
        "sport", "tech"};

    private Data() {
    }

    public static String category(long i) {
        return CATEGORIES[(int) (i % CATEGORIES.length)];
    }

    /** {@code n} new items (ids null), numbered from {@code first}. */
    public static List<ItemData> newItems(long first, int n) {
        List<ItemData> items = new ArrayList<>(n);
        for (long i = first; i < first + n; i++) {
            items.add(ItemData.of(null, i));
        }
        return items;
    }
}
