package dev.toasty.benchmarks.dynamo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One S10 trial: DynamoDB Local, one client that counts its requests (DynamoDB Local takes any
 * credentials), and the side named by {@code impl} ({@code raw} or {@code toasty}) on that client.
 */
final class DynamoTrial implements AutoCloseable {

    /** Items put and read back by one run of the scenario. */
    static final int ITEMS = 1000;

    private final DynamoLocal local;
    private final RequestCounter counter = new RequestCounter();
    private final DynamoDbClient client;
    private final DynamoSide side;
    private long next;

    private DynamoTrial(String impl) {
        local = DynamoLocal.start();
        client = DynamoDbClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("toasty", "toasty")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
                .build();
        side = switch (impl) {
            case "raw" -> new RawDynamo(client);
            case "toasty" -> new ToastyDynamo(client);
            default -> throw new IllegalArgumentException("impl: raw or toasty, was " + impl);
        };
        counter.reset();
    }

    static DynamoTrial open(String impl) {
        return new DynamoTrial(impl);
    }

    /** {@link #ITEMS} items with ids not used before in this trial. */
    List<DynamoItem> newItems() {
        List<DynamoItem> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            items.add(DynamoItem.numbered(++next));
        }
        return items;
    }

    static List<Long> ids(List<DynamoItem> items) {
        return items.stream().map(DynamoItem::id).toList();
    }

    /** The scenario: puts the items, then gets them all by key. */
    List<DynamoItem> putAndGet(List<DynamoItem> items, List<Long> ids) {
        side.putAll(items);
        return side.getAll(ids);
    }

    /** The requests sent since the setup, by operation name. */
    Map<String, Long> requests() {
        return counter.counts();
    }

    @Override
    public void close() {
        side.close();
        client.close();
        local.close();
    }
}
