package dev.toasty.internal.dynamo;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Start;
import dev.toasty.internal.dynamo.kv.KvAccess;
import dev.toasty.internal.dynamo.kv.KvPlan;
import dev.toasty.schema.Column;
import dev.toasty.schema.Model;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A planned read on DynamoDB: the expressions are rendered once, and each execution binds its values,
 * sends the request the plan chose (GetItem, BatchGetItem, Query on the table or an index, a side-item
 * lookup, or an allowed Scan) and follows {@code LastEvaluatedKey} until the limit is met.
 */
final class DynamoRead implements Operation {

    private final Requests requests;
    private final Model model;
    private final KvPlan plan;
    private final int shape;
    private final String keyCondition;
    private final String filter;
    private final Map<String, String> names;
    private final Bindings bindings;
    private final String text;
    private final String table;
    private final List<String> deferred;

    /** {@code deferred}: the deferred fields the read loads; the others come back marked not loaded. */
    DynamoRead(Requests requests, Model model, KvPlan plan, ArgSpec[] specs, int shape, List<String> deferred) {
        this.requests = requests;
        this.deferred = List.copyOf(deferred);
        this.model = model;
        this.plan = plan;
        this.shape = shape;
        this.table = requests.table(model);
        Conditions conditions = new Conditions(specs, model.table().primaryKey().get(0));
        this.keyCondition = plan.access() instanceof KvAccess.Query q ? conditions.key(q.partition(), q.partitionArg(), q.sort())
                : plan.access() instanceof KvAccess.UniqueGet ? keyByValues(conditions) : null;
        this.filter = plan.filtered() ? conditions.filter(plan.residual()) : null;
        this.names = conditions.names();
        this.bindings = conditions.bindings();
        Conditions.requireSize(keyCondition, filter);
        this.text = plan.description() + (keyCondition == null || plan.access() instanceof KvAccess.UniqueGet ? "" : " key " + keyCondition)
                + (filter == null ? "" : " filter " + filter);
    }

    /** {@code #pk = :k0 [AND #sk = :k1]}: the key condition of a unique lookup's second step. */
    private String keyByValues(Conditions conditions) {
        List<Column> key = model.table().primaryKey();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            out.append(i == 0 ? "" : " AND ").append(conditions.name(key.get(i))).append(" = :k").append(i);
        }
        return out.toString();
    }

    @Override
    public Object execute(Object[] values, Start start, Events events) {
        Long limit = plan.limitArg() == null ? null : ((Number) values[plan.limitArg()]).longValue();
        Bindings.Bound bound = bindings.bind(values);
        return switch (plan.returning()) {
            case ROWS -> Items.instances(model, items(values, bound, start, limit, events), deferred);
            case COUNT -> count(values, bound, limit, events);
            case EXISTS -> !items(values, bound, null, 1L, events).isEmpty();
        };
    }

    /** Every matching item, as stored: for writes that first find what they change. */
    List<Map<String, AttributeValue>> items(Object[] values, Events events) {
        return items(values, bindings.bind(values), null, null, events);
    }

    /** The key of a full-key plan, from the execution's values. */
    Map<String, AttributeValue> key(Object[] values) {
        return key(((KvAccess.Get) plan.access()).keyArgs(), values);
    }

    private List<Map<String, AttributeValue>> items(Object[] values, Bindings.Bound bound, Start start, Long limit,
                                                    Events events) {
        if (limit != null && limit == 0) {
            return List.of();
        }
        return switch (plan.access()) {
            case KvAccess.Get g -> start != null ? List.of() : getItem(key(g.keyArgs(), values), events);
            case KvAccess.BatchGet b -> {
                if (start != null) {
                    throw new UnsupportedFeatureException("paginating a list of keys", "dynamodb", "page the list of keys in Java");
                }
                List<Map<String, AttributeValue>> found = BatchGets.get(requests, model, shape, b.keyArgs(), values, events);
                yield limit == null || found.size() <= limit ? found : found.subList(0, limit.intValue());
            }
            case KvAccess.UniqueGet u -> start != null ? List.of() : unique(u, values, bound, events);
            case KvAccess.Query q -> query(q, values, bound, start, limit, events);
            case KvAccess.Scan s -> scan(bound, start, limit, events);
            case KvAccess.None n -> List.of();
        };
    }

    private List<Map<String, AttributeValue>> getItem(Map<String, AttributeValue> key, Events events) {
        var response = requests.send(events, "GetItem", model, shape, text,
                () -> requests.client.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true).build()),
                r -> r.hasItem() && !r.item().isEmpty() ? 1L : 0L);
        return response.hasItem() && !response.item().isEmpty() ? List.of(response.item()) : List.of();
    }

    private List<Map<String, AttributeValue>> unique(KvAccess.UniqueGet u, Object[] values, Bindings.Bound bound,
                                                     Events events) {
        Map<String, AttributeValue> ref = SideItems.lookup(requests, model, shape, u.index(), u.valueArgs(), values, events);
        if (ref == null) {
            return List.of();
        }
        if (filter == null) {
            // The side item and the item are read one after the other: check that the item still holds the values.
            return getItem(ref, events).stream().filter(item -> holds(item, u, values)).toList();
        }
        Map<String, AttributeValue> withKey = new HashMap<>(bound.values());
        List<Column> key = model.table().primaryKey();
        for (int i = 0; i < key.size(); i++) {
            withKey.put(":k" + i, ref.get(key.get(i).name()));
        }
        QueryRequest request = QueryRequest.builder().tableName(table).keyConditionExpression(keyCondition)
                .filterExpression(bound.expand(filter)).expressionAttributeNames(names).expressionAttributeValues(withKey)
                .consistentRead(true).build();
        return requests.send(events, "Query", model, shape, text + " key " + keyCondition,
                () -> requests.client.query(request), r -> (long) r.count()).items().stream().filter(item -> holds(item, u, values)).toList();
    }

    /** Whether the item has the unique index's values the query asked for. */
    private static boolean holds(Map<String, AttributeValue> item, KvAccess.UniqueGet u, Object[] values) {
        for (int i = 0; i < u.index().columns().size(); i++) {
            Column c = u.index().columns().get(i);
            AttributeValue stored = item.get(c.name());
            Object wanted = values[u.valueArgs().get(i)];
            if (stored == null || !DynamoValues.identity(c, DynamoValues.decode(c, stored)).equals(DynamoValues.identity(c, wanted))) {
                return false;
            }
        }
        return true;
    }

    private List<Map<String, AttributeValue>> query(KvAccess.Query q, Object[] values, Bindings.Bound bound, Start start,
                                                    Long limit, Events events) {
        if (emptyRange(q, values)) {
            return List.of();
        }
        boolean forward = start != null && start.backward() ? !q.forward() : q.forward();
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> exclusive = startKey(start);
        do {
            QueryRequest request = queryRequest(q, bound, forward, exclusive, pageLimit(limit, out.size())).build();
            QueryResponse response = requests.send(events, "Query", model, shape, text, () -> {
                try {
                    return requests.client.query(request);
                } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
                    throw start != null && "ValidationException".equals(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())
                            && request.exclusiveStartKey() != null && request.exclusiveStartKey().equals(startKey(start))
                            ? new dev.toasty.InvalidCursorException("Invalid pagination cursor: it points outside this query's "
                                    + "partition (" + e.awsErrorDetails().errorMessage() + "); start again without after()/before()")
                            : e;
                }
            }, r -> (long) r.count());
            exclusive = take(response.items(), response.lastEvaluatedKey(), out, limit);
        } while (exclusive != null);
        return out;
    }

    private QueryRequest.Builder queryRequest(KvAccess.Query q, Bindings.Bound bound, boolean forward,
                                              Map<String, AttributeValue> exclusive, Integer pageLimit) {
        return QueryRequest.builder().tableName(table).indexName(q.index() == null ? null : q.index().name())
                .keyConditionExpression(keyCondition).filterExpression(bound.expand(filter))
                .expressionAttributeNames(names).expressionAttributeValues(bound.values().isEmpty() ? null : bound.values())
                .scanIndexForward(forward).consistentRead(q.index() == null).exclusiveStartKey(exclusive).limit(pageLimit);
    }

    private List<Map<String, AttributeValue>> scan(Bindings.Bound bound, Start start, Long limit, Events events) {
        if (start != null && start.backward()) {
            throw backwardScan();
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> exclusive = startKey(start);
        do {
            ScanRequest request = scanRequest(bound, exclusive, pageLimit(limit, out.size())).build();
            ScanResponse response = requests.send(events, "Scan", model, shape, text, () -> requests.client.scan(request),
                    r -> (long) r.count());
            exclusive = take(response.items(), response.lastEvaluatedKey(), out, limit);
        } while (exclusive != null);
        return out;
    }

    private ScanRequest.Builder scanRequest(Bindings.Bound bound, Map<String, AttributeValue> exclusive, Integer pageLimit) {
        return ScanRequest.builder().tableName(table).filterExpression(bound.expand(filter))
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(bound.values().isEmpty() ? null : bound.values())
                .consistentRead(true).exclusiveStartKey(exclusive).limit(pageLimit);
    }

    static UnsupportedFeatureException backwardScan() {
        return new UnsupportedFeatureException("paging backward through a Scan", "dynamodb",
                "a Scan reads in one direction only; page backward over a Query (filter on the key or an indexed field)");
    }

    /** Adds a page's items up to the limit; returns the key to continue from, or null when done. */
    private static Map<String, AttributeValue> take(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> last,
                                                    List<Map<String, AttributeValue>> out, Long limit) {
        for (Map<String, AttributeValue> item : items) {
            if (limit != null && out.size() >= limit) {
                return null;
            }
            out.add(item);
        }
        boolean more = last != null && !last.isEmpty();
        return more && (limit == null || out.size() < limit) ? last : null;
    }

    /** DynamoDB's own Limit counts items read before the filter, so it only helps when there is no filter. */
    private Integer pageLimit(Long limit, int have) {
        return filter == null && limit != null ? (int) Math.max(1, Math.min(Integer.MAX_VALUE, limit - have)) : null;
    }

    private long count(Object[] values, Bindings.Bound bound, Long limit, Events events) {
        if (limit != null && limit == 0) {
            return 0;
        }
        if (plan.access() instanceof KvAccess.Query q && !emptyRange(q, values)) {
            return counted(limit, (exclusive, pageLimit) -> {
                QueryRequest request = queryRequest(q, bound, true, exclusive, pageLimit).select(Select.COUNT).build();
                QueryResponse r = requests.send(events, "Query", model, shape, text + " select COUNT", () -> requests.client.query(request),
                        x -> 1L);
                return new Counted(r.count(), r.lastEvaluatedKey());
            });
        }
        if (plan.access() instanceof KvAccess.Scan) {
            return counted(limit, (exclusive, pageLimit) -> {
                ScanRequest request = scanRequest(bound, exclusive, pageLimit).select(Select.COUNT).build();
                ScanResponse r = requests.send(events, "Scan", model, shape, text + " select COUNT", () -> requests.client.scan(request),
                        x -> 1L);
                return new Counted(r.count(), r.lastEvaluatedKey());
            });
        }
        return items(values, bound, null, limit, events).size();
    }

    private record Counted(int count, Map<String, AttributeValue> last) {
    }

    private long counted(Long limit, java.util.function.BiFunction<Map<String, AttributeValue>, Integer, Counted> page) {
        long total = 0;
        Map<String, AttributeValue> exclusive = null;
        do {
            Counted c = page.apply(exclusive, pageLimit(limit, (int) Math.min(Integer.MAX_VALUE, total)));
            total += c.count();
            exclusive = c.last() != null && !c.last().isEmpty() && (limit == null || total < limit) ? c.last() : null;
        } while (exclusive != null);
        return limit == null ? total : Math.min(total, limit);
    }

    /** A BETWEEN with its bounds the wrong way round matches nothing (DynamoDB would reject the request). */
    private static boolean emptyRange(KvAccess.Query q, Object[] values) {
        if (q.sort() == null || q.sort().op() != KvAccess.SortCondition.Op.BETWEEN) {
            return false;
        }
        Object low = values[q.sort().args().get(0)];
        Object high = values[q.sort().args().get(1)];
        Column column = q.sort().column();
        return low != null && high != null && DynamoValues.compare(DynamoValues.encode(column, low), DynamoValues.encode(column, high)) > 0;
    }

    private Map<String, AttributeValue> key(List<Integer> keyArgs, Object[] values) {
        List<Column> key = model.table().primaryKey();
        Map<String, AttributeValue> out = new HashMap<>();
        for (int i = 0; i < key.size(); i++) {
            out.put(key.get(i).name(), DynamoValues.encode(key.get(i), values[keyArgs.get(i)]));
        }
        return out;
    }

    private Map<String, AttributeValue> startKey(Start start) {
        if (start == null) {
            return null;
        }
        Map<String, AttributeValue> out = new HashMap<>();
        List<Column> columns = plan.positionColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (start.key()[i] != null) {
                out.put(columns.get(i).name(), DynamoValues.encode(columns.get(i), start.key()[i]));
            }
        }
        return out;
    }
}
