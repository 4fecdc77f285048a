package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Start;
import dev.toasty.internal.jdbc.Violations;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts on DynamoDB: each item is put only if no item has its key, and each unique index claims its
 * side item in the same TransactWriteItems, so that a duplicate anywhere writes nothing. One item
 * without unique fields is a single conditional PutItem. Generated integer keys come from the table's
 * counter.
 */
final class DynamoInsert implements Operation {

    private final Requests requests;
    private final Model model;
    private final Insert insert;
    private final int shape;
    private final Field identity;
    private final String notExists;
    private final Map<String, String> keyName;

    DynamoInsert(Requests requests, Model model, Insert insert, int shape) {
        this.requests = requests;
        this.model = model;
        this.insert = insert;
        this.shape = shape;
        Column auto = model.table().autoColumn();
        this.identity = auto == null ? null : model.fields().stream().filter(f -> f.column().equals(auto)).findFirst().orElseThrow();
        this.notExists = "attribute_not_exists(#k)";
        this.keyName = Map.of("#k", model.table().primaryKey().get(0).name());
    }

    @Override
    public Object execute(Object[] args, Start start, Events events) {
        List<List<dev.toasty.internal.stmt.Expr>> rows = insert.rows();
        long first = insert.returnKeys() ? Counters.next(requests, model, shape, rows.size(), events) - rows.size() + 1 : 0;
        List<Object> keys = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Object[] values = new Object[model.fields().size()];
            for (int i = 0; i < insert.fields().size(); i++) {
                values[model.field(insert.fields().get(i)).index()] = args[((ExprArg) rows.get(r).get(i)).index()];
            }
            if (insert.returnKeys()) {
                Object id = identityValue(first + r);
                values[identity.index()] = id;
                keys.add(id);
            }
            items.add(values);
        }
        write(items, events);
        if (!insert.returnKeys() && identity != null && insert.fields().contains(identity.name())) {
            long max = items.stream().mapToLong(v -> ((Number) v[identity.index()]).longValue()).max().orElse(0);
            Counters.atLeast(requests, model, shape, max, events);
        }
        return insert.returnKeys() ? keys : (Object) (long) items.size();
    }

    private Object identityValue(long id) {
        return switch (identity.type()) {
            case BYTE -> (byte) id;
            case SHORT -> (short) id;
            case INT -> (int) id;
            default -> id;
        };
    }

    private void write(List<Object[]> rows, Events events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        List<List<Column>> clashes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] values : rows) {
            Map<String, AttributeValue> item = Items.item(model, values);
            Map<String, AttributeValue> key = Items.key(model, item);
            if (!seen.add("key" + key)) {
                throw Violations.unique(model, names(model.table().primaryKey()), "ConditionalCheckFailed", null);
            }
            actions.add(TransactWriteItem.builder().put(Put.builder().tableName(requests.table(model)).item(item)
                    .conditionExpression(notExists).expressionAttributeNames(keyName).build()).build());
            clashes.add(model.table().primaryKey());
            for (TableIndex index : model.table().indexes()) {
                String side = index.unique() ? SideItems.key(model, index, values) : null;
                if (side != null) {
                    if (!seen.add(side)) {
                        throw Violations.unique(model, names(index.columns()), "ConditionalCheckFailed", null);
                    }
                    actions.add(SideItems.claim(requests, side, key));
                    clashes.add(index.columns());
                }
            }
        }
        if (actions.size() == 1) {
            putOne(actions.get(0).put(), events);
            return;
        }
        Transact.requireFits(model, "insertAll", rows.size(), actions.size());
        Transact.write(requests, model, shape, "TransactWriteItems " + model.table().name() + " put " + rows.size(), actions, events,
                i -> Violations.unique(model, names(clashes.get(i)), "ConditionalCheckFailed", null));
    }

    private void putOne(Put put, Events events) {
        try {
            requests.send(events, "PutItem", model, shape, "PutItem " + model.table().name() + " if " + notExists,
                    () -> requests.client.putItem(PutItemRequest.builder().tableName(put.tableName()).item(put.item())
                            .conditionExpression(put.conditionExpression()).expressionAttributeNames(put.expressionAttributeNames())
                            .build()), r -> 1L);
        } catch (ConditionalCheckFailedException e) {
            throw Violations.unique(model, names(model.table().primaryKey()), "ConditionalCheckFailed", e);
        }
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
