package dev.toasty.benchmarks;

import java.util.List;

/**
 * One implementation under test: the same operations over the same tables, each written the way its
 * library's documentation recommends. Results are returned (never discarded) so the benchmark can
 * consume them.
 */
public interface Contender extends AutoCloseable {

    /** S1: the item with this id (it exists). */
    Object find(long id);

    /** S2: {@code WHERE active = true ORDER BY id LIMIT n}. */
    List<?> listActive(int n);

    /** S3: inserts one item (its id is null) and returns the generated key. */
    long insert(ItemData item);

    /** S4: inserts all items (ids null) in one transaction. */
    void insertAll(List<ItemData> items);

    /** S5: sets {@code qty} of the item with this id. */
    void updateQty(long id, int qty);

    /** S6: writes every column of these existing items, in one transaction and as few round trips as the library allows. */
    void updateAll(List<ItemData> items);

    /** S7: loads every user with their posts; returns how many posts were loaded (every post is touched). */
    int usersWithPosts();

    /** S8: the items matching the filter's non-null predicates, ordered by id, at most {@link ItemFilter#LIMIT}. */
    List<?> filter(ItemFilter filter);

    /** S9: S1 through the library's Spring Data repository; unsupported where there is none. */
    default Object findThroughRepository(long id) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no Spring Data repository");
    }

    /** The item as {@link ItemData}, for the checks that compare what each contender read; never measured. */
    ItemData view(Object item);

    @Override
    void close();
}
