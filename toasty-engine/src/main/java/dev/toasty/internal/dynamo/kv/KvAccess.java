package dev.toasty.internal.dynamo.kv;

import dev.toasty.schema.Column;
import dev.toasty.schema.TableIndex;

import java.util.List;

/**
 * How a key-value backend reaches the items of a query: by full key, by a list of keys, by a query on
 * the table or one of its secondary indexes, through a unique side item, or by scanning. Argument
 * positions refer to the statement's numbered values.
 */
public sealed interface KvAccess {

    /** The name of the request this access sends, for events and messages. */
    String request();

    /** One item by its full key: one argument per key column, in key order. */
    record Get(List<Integer> keyArgs) implements KvAccess {
        public String request() {
            return "GetItem";
        }
    }

    /** Items by a list of values of a single-column key. */
    record BatchGet(List<Integer> keyArgs) implements KvAccess {
        public String request() {
            return "BatchGetItem";
        }
    }

    /**
     * Items of one partition of the table ({@code index} null) or of a secondary index, optionally cut
     * by a condition on the sort key, in sort-key order ({@code forward}) or reversed.
     */
    record Query(TableIndex index, Column partition, int partitionArg, SortCondition sort, boolean forward)
            implements KvAccess {
        public String request() {
            return "Query";
        }
    }

    /** The item a unique index points at, found through its side item: one argument per index column. */
    record UniqueGet(TableIndex index, List<Integer> valueArgs) implements KvAccess {
        public String request() {
            return "GetItem";
        }
    }

    /** Nothing: the filter can match no item (an empty {@code in(...)}), so no request is sent. */
    record None() implements KvAccess {
        public String request() {
            return "none";
        }
    }

    /** Every item of the table, filtered: only when the caller allowed it. */
    record Scan() implements KvAccess {
        public String request() {
            return "Scan";
        }
    }

    /** A key condition on the sort key: {@code op} with one argument, two for {@code BETWEEN}. */
    record SortCondition(Column column, Op op, List<Integer> args) {

        public enum Op { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
    }
}
