package dev.toasty.benchmarks.dynamo;

import dev.toasty.Toasty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;

/**
 * The Toasty side of S10: {@code insertAll} (one TransactWriteItems, so at most 100 items per call, as
 * docs/dynamodb.md says) and a query with {@code id.in(...)}, which Toasty sends as BatchGetItem.
 */
final class ToastyDynamo implements DynamoSide {

    /** DynamoDB's most actions per TransactWriteItems, hence Toasty's most items per {@code insertAll}. */
    private static final int INSERT_CHUNK = 100;

    private final Toasty toasty;

    ToastyDynamo(DynamoDbClient client) {
        this.toasty = Toasty.builder().models(DynamoItem.class).dynamoDb(client).build();
        toasty.pushSchema();
    }

    @Override
    public void putAll(List<DynamoItem> items) {
        for (int from = 0; from < items.size(); from += INSERT_CHUNK) {
            toasty.insertAll(items.subList(from, Math.min(items.size(), from + INSERT_CHUNK)));
        }
    }

    @Override
    public List<DynamoItem> getAll(List<Long> ids) {
        return toasty.query(DynamoItem.class).where(DynamoItem_.id.in(ids)).list();
    }

    @Override
    public void close() {
        toasty.close();
    }
}
