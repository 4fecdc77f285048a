package dev.toasty.benchmarks.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw AWS SDK v2 side of S10: BatchWriteItem in chunks of 25 and BatchGetItem (strongly
 * consistent, as Toasty reads the table) in chunks of 100, each sending its unprocessed part again
 * after an exponential backoff.
 */
final class RawDynamo implements DynamoSide {

    static final String TABLE = "s10_raw_item";
    private static final int WRITE_CHUNK = 25;
    private static final int GET_CHUNK = 100;
    private static final int MAX_RETRIES = 8;

    private final DynamoDbClient client;

    RawDynamo(DynamoDbClient client) {
        this.client = client;
        client.createTable(t -> t.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.N).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        client.waiter().waitUntilTableExists(t -> t.tableName(TABLE));
    }

    @Override
    public void putAll(List<DynamoItem> items) {
        for (int from = 0; from < items.size(); from += WRITE_CHUNK) {
            List<WriteRequest> chunk = new ArrayList<>(WRITE_CHUNK);
            for (DynamoItem item : items.subList(from, Math.min(items.size(), from + WRITE_CHUNK))) {
                chunk.add(WriteRequest.builder().putRequest(PutRequest.builder().item(attributes(item)).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(TABLE, chunk);
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                backoff(attempt, "BatchWriteItem left items unprocessed");
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }

    @Override
    public List<DynamoItem> getAll(List<Long> ids) {
        List<DynamoItem> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += GET_CHUNK) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>(GET_CHUNK);
            for (long id : ids.subList(from, Math.min(ids.size(), from + GET_CHUNK))) {
                keys.add(Map.of("id", number(id)));
            }
            Map<String, KeysAndAttributes> pending = Map.of(TABLE, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                backoff(attempt, "BatchGetItem left keys unprocessed");
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(TABLE, List.of())) {
                    out.add(item(item));
                }
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return out;
    }

    @Override
    public void close() {
    }

    private static void backoff(int attempt, String failure) {
        if (attempt == 0) {
            return;
        }
        if (attempt > MAX_RETRIES) {
            throw new IllegalStateException(failure + " after " + MAX_RETRIES + " retries");
        }
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(failure + ": interrupted", e);
        }
    }

    private static Map<String, AttributeValue> attributes(DynamoItem item) {
        Map<String, AttributeValue> out = new HashMap<>();
        out.put("id", number(item.id()));
        out.put("name", AttributeValue.fromS(item.name()));
        out.put("category", AttributeValue.fromS(item.category()));
        out.put("qty", number(item.qty()));
        out.put("price", number(item.price()));
        out.put("score", AttributeValue.fromN(Double.toString(item.score())));
        out.put("active", AttributeValue.fromBool(item.active()));
        return out;
    }

    private static DynamoItem item(Map<String, AttributeValue> item) {
        return new DynamoItem(Long.parseLong(item.get("id").n()), item.get("name").s(), item.get("category").s(),
                Integer.parseInt(item.get("qty").n()), Long.parseLong(item.get("price").n()), Double.parseDouble(item.get("score").n()),
                item.get("active").bool());
    }

    private static AttributeValue number(long n) {
        return AttributeValue.fromN(Long.toString(n));
    }
}
