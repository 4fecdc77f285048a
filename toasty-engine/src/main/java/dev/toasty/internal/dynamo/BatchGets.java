package dev.toasty.internal.dynamo;

import dev.toasty.QueryException;
import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Column;
import dev.toasty.schema.Model;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items by a list of keys: BatchGetItem in chunks of 100 distinct keys (DynamoDB's limit), with the
 * keys DynamoDB leaves unprocessed (throttling, the 16 MB response limit) sent again after a backoff.
 */
final class BatchGets {

    static final int CHUNK = 100;
    private static final int MAX_RETRIES = 8;

    private BatchGets() {
    }

    static List<Map<String, AttributeValue>> get(Requests requests, Model model, int shape, List<Integer> keyArgs, Object[] values,
                                                 Events events) {
        Column key = model.table().primaryKey().get(0);
        Map<String, Map<String, AttributeValue>> distinct = new LinkedHashMap<>();
        for (int arg : keyArgs) {
            Object value = values[arg];
            if (value != null) {
                AttributeValue encoded = DynamoValues.encode(key, value);
                distinct.putIfAbsent(DynamoValues.identity(key, value), Map.of(key.name(), encoded));
            }
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>(distinct.values());
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        String table = requests.table(model);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Map<String, AttributeValue>> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(chunk).consistentRead(true).build());
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_RETRIES) {
                    throw new QueryException("BatchGetItem on " + model.name() + " left keys unprocessed after " + MAX_RETRIES
                            + " retries: the table is throttled; retry later or raise its capacity", "UnprocessedKeys", null);
                }
                if (attempt > 0) {
                    Backoff.sleep(attempt);
                }
                Map<String, KeysAndAttributes> request = pending;
                var response = requests.send(events, "BatchGetItem", model, shape,
                        "BatchGetItem " + model.table().name() + " keys " + request.get(table).keys().size(),
                        () -> requests.client.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build()),
                        r -> (long) r.responses().getOrDefault(table, List.of()).size());
                out.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return out;
    }
}
