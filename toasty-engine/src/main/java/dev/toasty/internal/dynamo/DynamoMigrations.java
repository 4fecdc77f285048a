package dev.toasty.internal.dynamo;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.engine.Events;
import dev.toasty.internal.migrate.HistoryRow;
import dev.toasty.internal.migrate.MigrationTarget;
import dev.toasty.internal.migrate.SchemaState;
import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.Step;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Migrations on DynamoDB. Tables and their global secondary indexes are made and dropped with CreateTable,
 * DeleteTable and UpdateTable (one index at a time, waiting until it is ACTIVE or gone); columns and foreign keys need
 * no request (items are schemaless; Toasty applies delete rules itself). What DynamoDB cannot do (rename a table or a
 * column, change a column's type, add a unique index to a table holding items) is refused naming the step. The
 * history and the lock are items of Toasty's own table {@code toasty_meta}: the history one item holding a map by
 * version, the lock an item taken with a conditional put and a lease, renewed after each step. DynamoDB has no
 * transactional DDL: progress is written after each step, as on MySQL.
 */
final class DynamoMigrations implements MigrationTarget {

    private static final String HISTORY_KEY = "toasty_migrations";
    private static final String LOCK_KEY = "toasty_migrations_lock";
    private static final long LEASE_MS = TimeUnit.MINUTES.toMillis(5);
    private static final long WAIT_MS = TimeUnit.MINUTES.toMillis(10);

    private final Requests requests;
    private final Events events;
    private final String prefix;
    private final String owner = UUID.randomUUID().toString();
    private boolean held;

    DynamoMigrations(Requests requests, String prefix, Events events) {
        this.requests = requests;
        this.prefix = prefix;
        this.events = events;
    }

    @Override
    public String backend() {
        return "dynamodb";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String installedBy() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }

    @Override
    public List<String> render(Step step, SchemaState before) {
        SchemaState after = before.copy();
        Step resolved = after.apply(step);
        return switch (resolved) {
            case Step.CreateTable s -> List.of("CreateTable " + name(s.table().name()) + " key " + names(s.table().primaryKey()));
            case Step.DropTable s -> List.of("DeleteTable " + name(s.table().name()),
                    "Scan " + requests.meta() + " and DeleteItem the side items of " + s.table().name() + "'s unique indexes");
            case Step.RenameTable s -> throw new UnsupportedFeatureException("renaming a table (" + s.from() + " to " + s.to() + ")",
                    "dynamodb", "DynamoDB cannot rename a table: create the new one and copy the items with a program of your own");
            case Step.RenameColumn s -> throw new UnsupportedFeatureException("renaming a column (" + s.table() + "." + s.from() + ")",
                    "dynamodb", "the items keep the attribute under its old name; keep the old column name with @Column");
            case Step.AlterColumn s -> {
                if (s.from().type() != s.to().type() || !s.from().storage().equals(s.to().storage())) {
                    throw new UnsupportedFeatureException("changing the type of " + s.table() + "." + s.to().name(), "dynamodb",
                            "the items keep their values as stored; add a new field and copy the values with a program of your own");
                }
                yield List.of();
            }
            case Step.AddColumn s -> List.of();
            case Step.DropColumn s -> List.of();
            case Step.CreateIndex s -> {
                if (s.index().unique()) {
                    yield List.of("Scan " + name(s.table()) + " limit 1 (a unique index needs an empty table)");
                }
                yield List.of("UpdateTable " + name(s.table()) + " create index " + s.index().name() + " on " + names(s.index().columns()));
            }
            case Step.DropIndex s -> s.index().unique()
                    ? List.of("Scan " + requests.meta() + " and DeleteItem the side items of unique index " + s.index().name())
                    : List.of("UpdateTable " + name(s.table()) + " delete index " + s.index().name());
            case Step.AddForeignKey s -> List.of();
            case Step.DropForeignKey s -> List.of();
            case Step.Sql s -> List.of();
            case Step.Irreversible s -> throw new IllegalStateException("an irreversible step runs nothing: " + s.reason());
        };
    }

    private void execute(Step step, SchemaState before) {
        SchemaState after = before.copy();
        Step resolved = after.apply(step);
        switch (resolved) {
            case Step.CreateTable s -> createTable(s.table());
            case Step.DropTable s -> {
                dropTable(name(s.table().name()));
                SideItems.releaseAll(requests, events, s.table().name(), null);
            }
            case Step.CreateIndex s -> {
                Table table = after.table(s.table());
                if (s.index().unique()) {
                    requireEmpty(table, s.index());
                } else {
                    createIndex(table, s.index());
                }
            }
            case Step.DropIndex s -> {
                if (s.index().unique()) {
                    SideItems.releaseAll(requests, events, s.table(), s.index().name());
                } else {
                    dropIndex(name(s.table()), s.index().name());
                }
            }
            default -> render(step, before);
        }
    }

    private void createTable(Table table) {
        String name = name(table.name());
        CreateTableRequest request = Tables.create(name, table);
        try {
            requests.send(events, "CreateTable", null, name.hashCode(), "CreateTable " + name, () -> requests.client.createTable(request), r -> 0L);
        } catch (dev.toasty.QueryException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                throw new MigrationException("the table " + name + " exists already on DynamoDB; baseline the database if it was made "
                        + "before migrations", e);
            }
            throw e;
        }
        waitUntil(name, t -> t != null && t.tableStatus() == TableStatus.ACTIVE, "active");
    }

    private void dropTable(String name) {
        requests.send(events, "DeleteTable", null, name.hashCode(), "DeleteTable " + name,
                () -> requests.client.deleteTable(DeleteTableRequest.builder().tableName(name).build()), r -> 0L);
        waitUntil(name, t -> t == null, "gone");
    }

    private void createIndex(Table table, TableIndex index) {
        String name = name(table.name());
        Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
        GlobalSecondaryIndex gsi = Tables.index(index, attributes);
        List<AttributeDefinition> definitions = attributes.entrySet().stream()
                .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build()).toList();
        UpdateTableRequest update = UpdateTableRequest.builder().tableName(name).attributeDefinitions(definitions)
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                        .indexName(gsi.indexName()).keySchema(gsi.keySchema()).projection(gsi.projection()).build()).build())
                .build();
        requests.send(events, "UpdateTable", null, name.hashCode(), "UpdateTable " + name + " create index " + index.name(),
                () -> requests.client.updateTable(update), r -> 0L);
        waitUntil(name, t -> t != null && index(t, index.name()) != null && index(t, index.name()).indexStatus() == IndexStatus.ACTIVE,
                "index " + index.name() + " active");
    }

    private void dropIndex(String name, String index) {
        UpdateTableRequest update = UpdateTableRequest.builder().tableName(name)
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                        .delete(DeleteGlobalSecondaryIndexAction.builder().indexName(index).build()).build())
                .build();
        requests.send(events, "UpdateTable", null, name.hashCode(), "UpdateTable " + name + " delete index " + index,
                () -> requests.client.updateTable(update), r -> 0L);
        waitUntil(name, t -> t != null && index(t, index) == null, "index " + index + " gone");
    }

    private void requireEmpty(Table table, TableIndex index) {
        String name = name(table.name());
        var scan = requests.send(events, "Scan", null, name.hashCode(), "Scan " + name + " limit 1",
                () -> requests.client.scan(ScanRequest.builder().tableName(name).limit(1).build()), r -> (long) r.count());
        if (scan.count() > 0) {
            throw new UnsupportedFeatureException("adding the unique index " + index.name() + " to " + table.name() + ", which holds items",
                    "dynamodb", "Toasty keeps a uniqueness record per item it writes, and the items already there have none; "
                            + "add the unique field in the migration that creates the table");
        }
    }

    private static GlobalSecondaryIndexDescription index(TableDescription table, String name) {
        if (!table.hasGlobalSecondaryIndexes()) {
            return null;
        }
        return table.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(name)).findFirst().orElse(null);
    }

    private void waitUntil(String name, java.util.function.Predicate<TableDescription> done, String what) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        for (int attempt = 1; System.currentTimeMillis() < deadline; attempt++) {
            if (done.test(describe(name))) {
                return;
            }
            Backoff.sleep(Math.min(attempt, 6));
        }
        throw new MigrationException("the table " + name + " did not become " + what + " within ten minutes; check it in the AWS console");
    }

    private TableDescription describe(String name) {
        try {
            return requests.send(events, "DescribeTable", null, name.hashCode(), "DescribeTable " + name,
                    () -> requests.client.describeTable(DescribeTableRequest.builder().tableName(name).build()), r -> 1L).table();
        } catch (dev.toasty.QueryException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public <R> R locked(Supplier<R> work) {
        if (held) {
            return work.get();
        }
        ensureMeta();
        acquire();
        held = true;
        try {
            return work.get();
        } finally {
            held = false;
            release();
        }
    }

    private void ensureMeta() {
        if (describe(requests.meta()) != null) {
            return;
        }
        try {
            requests.send(events, "CreateTable", null, 0, "CreateTable " + requests.meta(),
                    () -> requests.client.createTable(Tables.createMeta(requests.meta())), r -> 0L);
        } catch (dev.toasty.QueryException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
        }
        waitUntil(requests.meta(), t -> t != null && t.tableStatus() == TableStatus.ACTIVE, "active");
    }

    private void acquire() {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        for (int attempt = 1; ; attempt++) {
            long now = System.currentTimeMillis();
            try {
                requests.client.putItem(PutItemRequest.builder().tableName(requests.meta())
                        .item(Map.of(Tables.META_KEY, s(LOCK_KEY), "owner", s(owner), "until", n(now + LEASE_MS)))
                        .conditionExpression("attribute_not_exists(#k) OR #until < :now")
                        .expressionAttributeNames(Map.of("#k", Tables.META_KEY, "#until", "until"))
                        .expressionAttributeValues(Map.of(":now", n(now))).build());
                return;
            } catch (ConditionalCheckFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new MigrationException("Another applier held the migration lock on DynamoDB (the item " + LOCK_KEY + " of "
                            + requests.meta() + ") for ten minutes; if no applier runs, delete that item");
                }
                Backoff.sleep(Math.min(attempt, 4));
            }
        }
    }

    /** Extends the lease while a long migration runs; fails if another applier took the lock after the lease ran out. */
    private void renew() {
        try {
            requests.client.updateItem(UpdateItemRequest.builder().tableName(requests.meta()).key(Map.of(Tables.META_KEY, s(LOCK_KEY)))
                    .updateExpression("SET #until = :until").conditionExpression("#owner = :me")
                    .expressionAttributeNames(Map.of("#until", "until", "#owner", "owner"))
                    .expressionAttributeValues(Map.of(":until", n(System.currentTimeMillis() + LEASE_MS), ":me", s(owner))).build());
        } catch (ConditionalCheckFailedException e) {
            throw new MigrationException("The migration lock on DynamoDB was lost (its lease ran out and another applier took it)", e);
        }
    }

    private void release() {
        try {
            requests.client.deleteItem(DeleteItemRequest.builder().tableName(requests.meta()).key(Map.of(Tables.META_KEY, s(LOCK_KEY)))
                    .conditionExpression("#owner = :me").expressionAttributeNames(Map.of("#owner", "owner"))
                    .expressionAttributeValues(Map.of(":me", s(owner))).build());
        } catch (ConditionalCheckFailedException e) {
            // the lease ran out and another applier holds the lock now: it is theirs to release
        }
    }

    @Override
    public List<HistoryRow> history() {
        if (describe(requests.meta()) == null) {
            return List.of();
        }
        var item = requests.send(events, "GetItem", null, HISTORY_KEY.hashCode(), "GetItem " + requests.meta() + " " + HISTORY_KEY,
                () -> requests.client.getItem(GetItemRequest.builder().tableName(requests.meta()).consistentRead(true)
                        .key(Map.of(Tables.META_KEY, s(HISTORY_KEY))).build()), r -> r.hasItem() ? 1L : 0L);
        if (!item.hasItem() || !item.item().containsKey("rows")) {
            return List.of();
        }
        List<HistoryRow> out = new ArrayList<>();
        for (AttributeValue v : item.item().get("rows").m().values()) {
            Map<String, AttributeValue> m = v.m();
            out.add(new HistoryRow(m.get("version").s(), m.get("description").s(), m.get("checksum").s(), m.get("state").s(),
                    m.get("installedBy").s(), Instant.ofEpochMilli(Long.parseLong(m.get("installedOn").n())),
                    Long.parseLong(m.get("executionMs").n()), Integer.parseInt(m.get("stepsDone").n()),
                    m.containsKey("error") ? m.get("error").s() : null));
        }
        out.sort((a, b) -> a.installedOn().compareTo(b.installedOn()));
        return out;
    }

    @Override
    public boolean hasAnyOf(java.util.Set<String> tables) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        tables.forEach(t -> wanted.add(name(t)));
        for (String t : requests.client.listTablesPaginator(ListTablesRequest.builder().build()).tableNames()) {
            if (wanted.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void record(HistoryRow row) {
        ensureMeta();
        try {
            requests.client.putItem(PutItemRequest.builder().tableName(requests.meta())
                    .item(Map.of(Tables.META_KEY, s(HISTORY_KEY), "rows", AttributeValue.fromM(Map.of())))
                    .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", Tables.META_KEY)).build());
        } catch (ConditionalCheckFailedException e) {
            // the history item exists
        }
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("version", s(row.version()));
        m.put("description", s(row.description()));
        m.put("checksum", s(row.checksum()));
        m.put("state", s(row.state()));
        m.put("installedBy", s(row.installedBy()));
        m.put("installedOn", n(row.installedOn().toEpochMilli()));
        m.put("executionMs", n(row.executionMs()));
        m.put("stepsDone", n(row.stepsDone()));
        if (row.error() != null) {
            m.put("error", s(row.error()));
        }
        requests.send(events, "UpdateItem", null, HISTORY_KEY.hashCode(), "UpdateItem " + requests.meta() + " " + HISTORY_KEY + " V" + row.version(),
                () -> requests.client.updateItem(UpdateItemRequest.builder().tableName(requests.meta())
                        .key(Map.of(Tables.META_KEY, s(HISTORY_KEY))).updateExpression("SET #rows.#v = :row")
                        .expressionAttributeNames(Map.of("#rows", "rows", "#v", row.version()))
                        .expressionAttributeValues(Map.of(":row", AttributeValue.fromM(m))).build()), r -> 1L);
    }

    @Override
    public void forget(String version) {
        requests.send(events, "UpdateItem", null, HISTORY_KEY.hashCode(), "UpdateItem " + requests.meta() + " " + HISTORY_KEY + " remove V" + version,
                () -> requests.client.updateItem(UpdateItemRequest.builder().tableName(requests.meta())
                        .key(Map.of(Tables.META_KEY, s(HISTORY_KEY))).updateExpression("REMOVE #rows.#v")
                        .expressionAttributeNames(Map.of("#rows", "rows", "#v", version)).build()), r -> 1L);
    }

    @Override
    public void run(String version, List<Step> steps, List<SchemaState> before, int from, HistoryRow done, HistoryRow running) {
        long start = System.nanoTime();
        record(running);
        int step = from;
        try {
            for (; step < steps.size(); step++) {
                execute(steps.get(step), before.get(step));
                renew();
                if (done != null) {
                    record(running.withState(HistoryRow.FAILED, step + 1, "did not finish"));
                }
            }
        } catch (RuntimeException e) {
            String why = (done == null ? "rollback failed at step " : "step ") + (step + 1) + " (" + steps.get(step).describe() + "): "
                    + e.getMessage();
            record(running.withState(HistoryRow.FAILED, done == null ? running.stepsDone() : step, why));
            throw new MigrationException(why, e);
        }
        if (done == null) {
            forget(version);
        } else {
            record(new HistoryRow(done.version(), done.description(), done.checksum(), done.state(), done.installedBy(), done.installedOn(),
                    (System.nanoTime() - start) / 1_000_000, done.stepsDone(), null));
        }
    }

    private String name(String table) {
        return prefix + table;
    }

    private static String names(List<dev.toasty.schema.Column> columns) {
        return columns.stream().map(dev.toasty.schema.Column::name).toList().toString();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
