package dev.toasty.internal.dynamo;

import dev.toasty.QueryException;
import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Start;
import dev.toasty.internal.dynamo.kv.KvAccess;
import dev.toasty.internal.dynamo.kv.KvPlan;
import dev.toasty.internal.dynamo.kv.KvPlanner;
import dev.toasty.internal.engine.Violations;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Updates and deletes on DynamoDB. The filter is planned like a read; the items it finds are changed
 * by key, each with the filter as its condition (so an item changed in between is not overwritten),
 * in one TransactWriteItems together with the moves of their unique side items. A change by full key
 * on a model without unique fields is a single conditional UpdateItem or DeleteItem.
 */
final class DynamoChange implements Operation {

    private final Requests requests;
    private final Model model;
    private final int shape;
    private final List<Update.Assignment> assignments;
    private final DynamoRead finder;
    private final boolean direct;
    private final String condition;
    private final Map<String, String> names;
    private final Bindings bindings;
    private final String verb;

    DynamoChange(Requests requests, Model model, Statement lowered, ArgSpec[] specs, int shape, boolean scanAllowed) {
        this.requests = requests;
        this.model = model;
        this.shape = shape;
        Expr filter = lowered instanceof Update u ? u.filter() : ((Delete) lowered).filter();
        this.assignments = lowered instanceof Update u ? u.assignments() : null;
        this.verb = assignments != null ? "UpdateItem" : "DeleteItem";
        KvPlan plan = KvPlanner.plan(new Select(model.type(), filter, List.of(), null, null, Select.Returning.ROWS, scanAllowed),
                model, scanAllowed, "dynamodb");
        this.finder = new DynamoRead(requests, model, plan, specs, shape, List.of());
        this.direct = plan.access() instanceof KvAccess.Get && !plan.filtered()
                && model.table().indexes().stream().noneMatch(TableIndex::unique);
        Conditions conditions = new Conditions(specs, model.table().primaryKey().get(0));
        this.condition = conditions.exists() + (Expr.TRUE.equals(filter) ? "" : " AND " + conditions.filterWithin(filter, 2));
        this.names = conditions.names();
        this.bindings = conditions.bindings();
        Conditions.requireSize(condition);
    }

    @Override
    public Object execute(Object[] args, Start start, Events events) {
        Bindings.Bound bound = bindings.bind(args);
        if (direct) {
            return single(finder.key(args), bound, args, events) ? 1L : 0L;
        }
        List<Map<String, AttributeValue>> items = finder.items(args, events);
        if (items.isEmpty()) {
            return 0L;
        }
        List<TransactWriteItem> actions = new ArrayList<>();
        List<List<Column>> clashes = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (Map<String, AttributeValue> item : items) {
            Map<String, AttributeValue> key = Items.key(model, item);
            List<TransactWriteItem> moves = new ArrayList<>();
            List<List<Column>> moveClashes = new ArrayList<>();
            moveSideItems(item, key, args, moves, moveClashes, claimed);
            actions.add(change(key, bound, args, moves.isEmpty() ? null : item));
            clashes.add(null);
            actions.addAll(moves);
            clashes.addAll(moveClashes);
        }
        if (actions.size() == 1) {
            return single(items.get(0), bound, args, events) ? 1L : 0L;
        }
        Transact.requireFits(model, assignments != null ? "an update" : "a delete", items.size(), actions.size());
        Transact.write(requests, model, shape, "TransactWriteItems " + model.table().name() + " " + verb + " " + items.size(),
                actions, items.size(), events, (i, cause) -> clashes.get(i) != null
                        ? Violations.unique(model, clashes.get(i).stream().map(Column::name).toList(), "ConditionalCheckFailed", cause)
                        : new QueryException(model.name() + " items changed while they were being " + (assignments != null ? "updated" : "deleted")
                                + "; nothing was written: run it again", "ConditionalCheckFailed", cause));
        return (long) items.size();
    }

    /** One UpdateItem or DeleteItem; false when its condition failed (the item is gone or no longer matches). */
    private boolean single(Map<String, AttributeValue> keyOrItem, Bindings.Bound bound, Object[] args, Events events) {
        Map<String, AttributeValue> key = Items.key(model, keyOrItem);
        String expanded = bound.expand(condition);
        if (assignments != null) {
            SetClause set = set(args);
            UpdateItemRequest request = UpdateItemRequest.builder().tableName(requests.table(model)).key(key)
                    .updateExpression(set.text).conditionExpression(expanded).expressionAttributeNames(set.names(names))
                    .expressionAttributeValues(set.values(bound.values())).build();
            return requests.send(events, "UpdateItem", model, shape,
                    "UpdateItem " + model.table().name() + " " + set.text + " if " + condition,
                    () -> conditional(() -> requests.client.updateItem(request)), changed -> changed ? 1L : 0L);
        }
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(requests.table(model)).key(key)
                .conditionExpression(expanded).expressionAttributeNames(names)
                .expressionAttributeValues(bound.values().isEmpty() ? null : bound.values()).build();
        return requests.send(events, "DeleteItem", model, shape, "DeleteItem " + model.table().name() + " if " + condition,
                () -> conditional(() -> requests.client.deleteItem(request)), changed -> changed ? 1L : 0L);
    }

    /** Whether a conditional write happened: false when its condition failed (the item is gone or no longer matches). */
    private static boolean conditional(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * The change of one item in a transaction. When its unique side items move ({@code read} is the item as
     * read), the condition also requires the unique fields to hold the values read, so that a concurrent
     * change of them cancels this transaction instead of leaving side items that point at the wrong values.
     */
    private TransactWriteItem change(Map<String, AttributeValue> key, Bindings.Bound bound, Object[] args,
                                     Map<String, AttributeValue> read) {
        String guarded = bound.expand(condition);
        Map<String, String> allNames = new HashMap<>(names);
        Map<String, AttributeValue> allValues = new HashMap<>(bound.values());
        if (read != null) {
            int g = 0;
            for (TableIndex index : model.table().indexes()) {
                for (Column c : index.unique() ? index.columns() : List.<Column>of()) {
                    allNames.put("#_g" + g, c.name());
                    AttributeValue old = read.get(c.name());
                    if (old == null) {
                        guarded += " AND attribute_not_exists(#_g" + g + ")";
                    } else {
                        guarded += " AND #_g" + g + " = :_g" + g;
                        allValues.put(":_g" + g, old);
                    }
                    g++;
                }
            }
        }
        if (assignments != null) {
            SetClause set = set(args);
            return TransactWriteItem.builder().update(software.amazon.awssdk.services.dynamodb.model.Update.builder()
                    .tableName(requests.table(model)).key(key).updateExpression(set.text).conditionExpression(guarded)
                    .expressionAttributeNames(set.names(allNames)).expressionAttributeValues(set.values(allValues)).build()).build();
        }
        return TransactWriteItem.builder().delete(software.amazon.awssdk.services.dynamodb.model.Delete.builder()
                .tableName(requests.table(model)).key(key).conditionExpression(guarded).expressionAttributeNames(allNames)
                .expressionAttributeValues(allValues.isEmpty() ? null : allValues).build()).build();
    }

    /** Releases the side items whose values change or go, and claims the new ones. */
    private void moveSideItems(Map<String, AttributeValue> item, Map<String, AttributeValue> key, Object[] args,
                               List<TransactWriteItem> actions, List<List<Column>> clashes, Set<String> claimed) {
        Object[] before = Items.values(model, item);
        Object[] after = before.clone();
        if (assignments != null) {
            for (Update.Assignment a : assignments) {
                after[model.field(a.field()).index()] = args[((ExprArg) a.value()).index()];
            }
        }
        for (TableIndex index : model.table().indexes()) {
            if (!index.unique()) {
                continue;
            }
            String old = SideItems.key(model, index, before);
            String now = assignments == null ? null : SideItems.key(model, index, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            if (old != null) {
                actions.add(SideItems.release(requests, old));
                clashes.add(null);
            }
            if (now != null) {
                if (!claimed.add(now)) {
                    throw Violations.unique(model, index.columns().stream().map(Column::name).toList(), "ConditionalCheckFailed", null);
                }
                actions.add(SideItems.claim(requests, now, key));
                clashes.add(index.columns());
            }
        }
    }

    /** {@code SET #s0 = :s0, ... REMOVE #s1}: nulls remove the attribute. */
    private record SetClause(String text, Map<String, String> assigned, Map<String, AttributeValue> values) {

        Map<String, String> names(Map<String, String> conditionNames) {
            Map<String, String> all = new HashMap<>(conditionNames);
            all.putAll(assigned);
            return all;
        }

        Map<String, AttributeValue> values(Map<String, AttributeValue> conditionValues) {
            Map<String, AttributeValue> all = new HashMap<>(conditionValues);
            all.putAll(values);
            return all.isEmpty() ? null : all;
        }
    }

    private SetClause set(Object[] args) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        Map<String, String> assigned = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            Update.Assignment a = assignments.get(i);
            Field field = model.field(a.field());
            Object value = args[((ExprArg) a.value()).index()];
            assigned.put("#_s" + i, field.column().name());
            if (value == null) {
                removes.add("#_s" + i);
            } else {
                values.put(":_s" + i, DynamoValues.encode(field.column(), value));
                sets.add("#_s" + i + " = :_s" + i);
            }
        }
        String text = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets)) + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ")
                + "REMOVE " + String.join(", ", removes));
        return new SetClause(text, assigned, values);
    }
}
