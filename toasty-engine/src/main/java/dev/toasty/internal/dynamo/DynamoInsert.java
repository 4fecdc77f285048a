package dev.toasty.internal.dynamo;

import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Start;
import dev.toasty.internal.engine.Violations;
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
        List<Object[]> items = new ArrayList<>();
        int actions = 0;
        for (List<dev.toasty.internal.stmt.Expr> row : rows) {
            Object[] values = new Object[model.fields().size()];
            for (int i = 0; i < insert.fields().size(); i++) {
                values[model.field(insert.fields().get(i)).index()] = args[((ExprArg) row.get(i)).index()];
            }
            Items.item(model, values); // refuses values DynamoDB cannot hold before anything is sent
            actions += 1 + sideItems(values);
            items.add(values);
        }
        if (actions > 1) {
            Transact.requireFits(model, "insertAll", items.size(), actions);
        }
        List<Object> keys = new ArrayList<>();
        if (insert.returnKeys()) {
            long first = Counters.next(requests, model, shape, rows.size(), events) - rows.size() + 1;
            for (int r = 0; r < items.size(); r++) {
                Object id = identityValue(first + r);
                items.get(r)[identity.index()] = id;
                keys.add(id);
            }
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

    private int sideItems(Object[] values) {
        int n = 0;
        for (TableIndex index : model.table().indexes()) {
            if (index.unique() && SideItems.key(model, index, values) != null) {
                n++;
            }
        }
        return n;
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
        Transact.write(requests, model, shape, "TransactWriteItems " + model.table().name() + " put " + rows.size(), actions,
                rows.size(), events, (i, cause) -> Violations.unique(model, names(clashes.get(i)), "ConditionalCheckFailed", cause));
    }

    private void putOne(Put put, Events events) {
        PutItemRequest request = PutItemRequest.builder().tableName(put.tableName()).item(put.item())
                .conditionExpression(put.conditionExpression()).expressionAttributeNames(put.expressionAttributeNames()).build();
        requests.send(events, "PutItem", model, shape, "PutItem " + model.table().name() + " if " + notExists, () -> {
            try {
                return requests.client.putItem(request);
            } catch (ConditionalCheckFailedException e) {
                throw Violations.unique(model, names(model.table().primaryKey()), "ConditionalCheckFailed", e);
            }
        }, r -> 1L);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
