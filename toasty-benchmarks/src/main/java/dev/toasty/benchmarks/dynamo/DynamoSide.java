package dev.toasty.benchmarks.dynamo;

import java.util.List;

/** One implementation of S10: puts new items, then reads items back by key. */
interface DynamoSide extends AutoCloseable {

    void putAll(List<DynamoItem> items);

    /** The items with these ids, in no particular order. */
    List<DynamoItem> getAll(List<Long> ids);

    @Override
    void close();
}
