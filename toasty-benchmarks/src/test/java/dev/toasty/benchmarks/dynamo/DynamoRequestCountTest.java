package dev.toasty.benchmarks.dynamo;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** S10 on DynamoDB Local: each side reads back exactly what it put, with the requests expected of it. */
class DynamoRequestCountTest {

    @Test
    void rawSendsBatchWritesOf25AndBatchGetsOf100() {
        assertThat(run("raw")).containsExactlyInAnyOrderEntriesOf(Map.of("BatchWriteItem", 40L, "BatchGetItem", 10L));
    }

    /** Toasty's insertAll is one TransactWriteItems of up to 100 items; key.in(...) is BatchGetItem of 100 keys. */
    @Test
    void toastySendsTransactWritesOf100AndBatchGetsOf100() {
        assertThat(run("toasty")).containsExactlyInAnyOrderEntriesOf(Map.of("TransactWriteItems", 10L, "BatchGetItem", 10L));
    }

    private static Map<String, Long> run(String impl) {
        try (DynamoTrial trial = DynamoTrial.open(impl)) {
            List<DynamoItem> items = trial.newItems();
            List<DynamoItem> got = trial.putAndGet(items, DynamoTrial.ids(items));
            assertThat(got).hasSize(DynamoTrial.ITEMS);
            assertThat(got.stream().sorted(Comparator.comparingLong(DynamoItem::id)).toList()).isEqualTo(items);
            Map<String, Long> requests = trial.requests();
            System.out.println("S10 " + impl + ": " + DynamoTrial.ITEMS + " put, " + got.size() + " got, requests " + requests);
            return requests;
        }
    }
}
