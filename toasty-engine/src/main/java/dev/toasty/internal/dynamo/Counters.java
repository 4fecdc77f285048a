package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Model;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.Map;

/**
 * Identity values for {@code @Auto} integer keys: one counter item per table in the meta table,
 * advanced atomically by the number of items an insert needs (one request per insert call).
 */
final class Counters {

    private Counters() {
    }

    private static Map<String, AttributeValue> key(Model model) {
        return Map.of(Tables.META_KEY, AttributeValue.fromS("seq#" + model.table().name()));
    }

    /** Reserves {@code count} values; returns the last one (the first is {@code last - count + 1}). */
    static long next(Requests requests, Model model, int shape, int count, Events events) {
        var response = requests.send(events, "UpdateItem", model, shape, "UpdateItem " + Tables.META + " counter of " + model.table().name(),
                () -> requests.client.updateItem(UpdateItemRequest.builder().tableName(requests.meta()).key(key(model))
                        .updateExpression("ADD #n :n").expressionAttributeNames(Map.of("#n", "n"))
                        .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(count))))
                        .returnValues(ReturnValue.UPDATED_NEW).build()), r -> 1L);
        return Long.parseLong(response.attributes().get("n").n());
    }

    /** Moves the counter to at least {@code value}, after items were inserted with keys given by the caller. */
    static void atLeast(Requests requests, Model model, int shape, long value, Events events) {
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(requests.meta()).key(key(model))
                .updateExpression("SET #n = :v").conditionExpression("attribute_not_exists(#n) OR #n < :v")
                .expressionAttributeNames(Map.of("#n", "n"))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(value)))).build();
        requests.send(events, "UpdateItem", model, shape, "UpdateItem " + Tables.META + " counter of " + model.table().name()
                + " if below", () -> {
                    try {
                        requests.client.updateItem(request);
                        return 1L;
                    } catch (ConditionalCheckFailedException e) {
                        return 0L; // already past it
                    }
                }, n -> n);
    }
}
