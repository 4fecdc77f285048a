package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Map;

/**
 * Unique side items: for each unique index of a model and each item whose indexed values are all
 * set, one item in the meta table keyed by the index and those values, pointing at the item's key.
 * Written with {@code attribute_not_exists} in the same transaction as the item, so that a second
 * item with the same values fails the whole write; removed and moved with the item.
 */
final class SideItems {

    private static final String REF = "ref";

    private SideItems() {
    }

    /** The side item's key for one item's values (by field index), or null when a value is null (nulls never clash). */
    static String key(Model model, TableIndex index, Object[] fieldValues) {
        StringBuilder out = new StringBuilder("unique#").append(model.table().name()).append('#').append(index.name());
        for (Column c : index.columns()) {
            Object value = fieldValues[field(model, c).index()];
            if (value == null) {
                return null;
            }
            String text = DynamoValues.identity(c, value);
            out.append('#').append(text.length()).append(':').append(text);
        }
        return out.toString();
    }

    /** The key of the item the unique index points at for these values (arguments), or null. */
    static Map<String, AttributeValue> lookup(Requests requests, Model model, int shape, TableIndex index, List<Integer> valueArgs,
                                              Object[] args, Events events) {
        Object[] fieldValues = new Object[model.fields().size()];
        for (int i = 0; i < index.columns().size(); i++) {
            fieldValues[field(model, index.columns().get(i)).index()] = args[valueArgs.get(i)];
        }
        String key = key(model, index, fieldValues);
        if (key == null) {
            return null;
        }
        var response = requests.send(events, "GetItem", model, shape, "GetItem " + Tables.META + " side item of " + index.name(),
                () -> requests.client.getItem(GetItemRequest.builder().tableName(requests.meta())
                        .key(Map.of(Tables.META_KEY, AttributeValue.fromS(key))).consistentRead(true).build()),
                r -> r.hasItem() && !r.item().isEmpty() ? 1L : 0L);
        return response.hasItem() && response.item().containsKey(REF) ? response.item().get(REF).m() : null;
    }

    /** The write that claims a side item for an item; fails its transaction when another item holds it. */
    static TransactWriteItem claim(Requests requests, String sideKey, Map<String, AttributeValue> itemKey) {
        return TransactWriteItem.builder().put(Put.builder().tableName(requests.meta())
                .item(Map.of(Tables.META_KEY, AttributeValue.fromS(sideKey), REF, AttributeValue.fromM(itemKey)))
                .conditionExpression("attribute_not_exists(" + Tables.META_KEY + ")").build()).build();
    }

    /** The write that releases a side item. */
    static TransactWriteItem release(Requests requests, String sideKey) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(requests.meta())
                .key(Map.of(Tables.META_KEY, AttributeValue.fromS(sideKey))).build()).build();
    }

    /**
     * Deletes the side items of {@code table}'s unique index {@code index}, or of all its unique indexes when
     * {@code index} is null: a migration that drops the table or the index must not leave values claimed, or the
     * table or index made again would refuse them as duplicates. Returns how many were deleted.
     */
    static long releaseAll(Requests requests, Events events, String table, String index) {
        String prefix = "unique#" + table + "#" + (index == null ? "" : index + "#");
        long released = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(requests.meta()).consistentRead(true)
                    .filterExpression("begins_with(#k, :p)").expressionAttributeNames(Map.of("#k", Tables.META_KEY))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(prefix))).projectionExpression("#k");
            if (start != null) {
                scan.exclusiveStartKey(start);
            }
            ScanResponse page = requests.send(events, "Scan", null, prefix.hashCode(), "Scan " + requests.meta()
                    + " where pk begins with " + prefix, () -> requests.client.scan(scan.build()), r -> (long) r.count());
            for (Map<String, AttributeValue> item : page.items()) {
                Map<String, AttributeValue> key = Map.of(Tables.META_KEY, item.get(Tables.META_KEY));
                requests.send(events, "DeleteItem", null, prefix.hashCode(), "DeleteItem " + requests.meta() + " side item",
                        () -> requests.client.deleteItem(DeleteItemRequest.builder().tableName(requests.meta()).key(key).build()),
                        r -> 1L);
                released++;
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return released;
    }

    private static Field field(Model model, Column column) {
        for (Field f : model.fields()) {
            if (f.column().equals(column)) {
                return f;
            }
        }
        throw new IllegalStateException("no field for column " + column.name());
    }
}
