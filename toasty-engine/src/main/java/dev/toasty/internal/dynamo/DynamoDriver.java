package dev.toasty.internal.dynamo;

import dev.toasty.driver.Limits;

import dev.toasty.driver.Feature;

import dev.toasty.ConnectionException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.engine.Driver;
import dev.toasty.internal.engine.Events;
import dev.toasty.internal.engine.Lowering;
import dev.toasty.internal.engine.Operation;
import dev.toasty.internal.engine.Verifier;
import dev.toasty.internal.dynamo.kv.KvPlan;
import dev.toasty.internal.dynamo.kv.KvPlanner;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The DynamoDB backend (AWS SDK for Java v2). Statements are planned by the engine's {@link KvPlanner}
 * into key-value requests; there are no interactive transactions, but every multi-item write the engine
 * makes (inserts with side items, updates and deletes of several items) is one TransactWriteItems.
 */
public final class DynamoDriver implements Driver {

    /** What DynamoDB can do: see docs/dynamodb.md for each refusal. */
    public static final Capability CAPABILITY = Capability.of("dynamodb", new Limits(Integer.MAX_VALUE),
            Feature.RETURNING, Feature.MULTI_ROW_INSERT, Feature.NULLS_ORDERING, Feature.DECIMAL_ORDERING);

    private final Requests requests;
    private final boolean ownsClient;
    private final boolean allowScans;

    private DynamoDriver(DynamoDbClient client, boolean ownsClient, String tablePrefix, boolean allowScans) {
        this.requests = new Requests(client, tablePrefix);
        this.ownsClient = ownsClient;
        this.allowScans = allowScans;
    }

    /** Whether a Toasty URL names DynamoDB. */
    public static boolean handles(String url) {
        return DynamoUrl.matches(url);
    }

    /** Opens a client for a {@code dynamodb:} URL. */
    public static DynamoDriver open(String url, String tablePrefix, boolean allowScans) {
        requireSdk();
        DynamoUrl parsed = DynamoUrl.parse(url);
        try {
            DynamoDbClientBuilder builder = DynamoDbClient.builder();
            if (parsed.endpoint() != null) {
                builder.endpointOverride(URI.create(parsed.endpoint()));
            }
            if (parsed.region() != null) {
                builder.region(Region.of(parsed.region()));
            }
            return new DynamoDriver(builder.build(), true, tablePrefix != null ? tablePrefix : parsed.tablePrefix(), allowScans);
        } catch (RuntimeException e) {
            throw new ConnectionException("Could not set up a DynamoDB client for " + url + ": " + e.getMessage()
                    + " (the region comes from the URL's region parameter, AWS_REGION or the AWS profile)", e);
        }
    }

    /** Uses a client the caller manages (and closes). */
    public static DynamoDriver of(DynamoDbClient client, String tablePrefix, boolean allowScans) {
        return new DynamoDriver(client, false, tablePrefix == null ? "" : tablePrefix, allowScans);
    }

    private static void requireSdk() {
        try {
            Class.forName("software.amazon.awssdk.services.dynamodb.DynamoDbClient", false, DynamoDriver.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConnectionException("The AWS SDK for DynamoDB is not on the classpath: add the dependency "
                    + "software.amazon.awssdk:dynamodb", e);
        }
    }

    /** Refuses, at build time, keys and indexes DynamoDB cannot hold, naming the model and field. */
    public void checkSchema(Schema schema) {
        for (Model model : schema.models()) {
            Tables.check(model);
        }
    }

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public Operation plan(Statement shape, Lowering.Lowered lowered, Model model) {
        int id = shape.hashCode();
        return switch (lowered.statement()) {
            case Select s -> new DynamoRead(requests, model, plan(s, model), lowered.args(), id, s.deferred());
            case Insert i -> new DynamoInsert(requests, model, i, id);
            case Update u -> new DynamoChange(requests, model, u, lowered.args(), id, scanAllowed(false, model));
            case Delete d -> new DynamoChange(requests, model, d, lowered.args(), id, scanAllowed(false, model));
        };
    }

    private KvPlan plan(Select lowered, Model model) {
        Tables.check(model);
        return KvPlanner.plan(lowered, model, scanAllowed(lowered.allowScan(), model), CAPABILITY.backend());
    }

    private boolean scanAllowed(boolean byQuery, Model model) {
        dev.toasty.annotation.Model annotation = model.type().getAnnotation(dev.toasty.annotation.Model.class);
        return byQuery || allowScans || (annotation != null && annotation.allowScan());
    }

    @Override
    public boolean pagesByStartKey() {
        return true;
    }

    @Override
    public List<Field> startKeyFields(Select shape, Model model, int argCount) {
        Lowering.Lowered lowered = Lowering.lower(shape, model, argCount);
        KvPlan plan = plan((Select) lowered.statement(), model);
        if (plan.access() instanceof dev.toasty.internal.dynamo.kv.KvAccess.BatchGet) {
            throw new dev.toasty.UnsupportedFeatureException("paginating a list of keys", "dynamodb",
                    "BatchGetItem returns the items in no order: read them with list() and page the list in Java");
        }
        List<Field> out = new ArrayList<>();
        for (Column c : plan.positionColumns()) {
            out.add(model.fields().stream().filter(f -> f.column().equals(c)).findFirst().orElseThrow());
        }
        return out;
    }

    /** Runs the work as it is: DynamoDB has no interactive transactions (the engine's own multi-item writes are atomic). */
    @Override
    public <R> R transaction(Supplier<R> work, Events events) {
        return work.get();
    }

    @Override
    public dev.toasty.internal.migrate.MigrationTarget migrationTarget(Events events) {
        return new DynamoMigrations(requests, requests.prefix(), events);
    }

    @Override
    public void pushSchema(Schema schema, Events events) {
        checkSchema(schema);
        create(requests.meta(), null, Tables.createMeta(requests.meta()), events);
        for (Model model : schema.models()) {
            create(requests.table(model), model, Tables.create(requests.table(model), model), events);
        }
    }

    private void create(String name, Model model, CreateTableRequest request, Events events) {
        TableDescription existing = describe(name, model, events);
        if (existing != null) {
            if (model != null) {
                addMissingIndexes(name, model, request, existing, events);
            }
            return;
        }
        try {
            requests.send(events, "CreateTable", model, name.hashCode(), "CreateTable " + name, () -> requests.client.createTable(request), r -> 0L);
        } catch (dev.toasty.QueryException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
        }
        waitFor(name, model, true, events);
    }

    /** The table's description, or null when it does not exist. */
    private TableDescription describe(String name, Model model, Events events) {
        try {
            return requests.send(events, "DescribeTable", model, name.hashCode(), "DescribeTable " + name,
                    () -> requests.client.describeTable(DescribeTableRequest.builder().tableName(name).build()), r -> 1L).table();
        } catch (dev.toasty.QueryException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    /** Creates the secondary indexes a model declares that its existing table lacks (an {@code @Index} added later). */
    private void addMissingIndexes(String name, Model model, CreateTableRequest wanted, TableDescription existing, Events events) {
        List<String> present = existing.hasGlobalSecondaryIndexes()
                ? existing.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).toList() : List.of();
        for (GlobalSecondaryIndex index : wanted.hasGlobalSecondaryIndexes() ? wanted.globalSecondaryIndexes() : List.<GlobalSecondaryIndex>of()) {
            if (present.contains(index.indexName())) {
                continue;
            }
            UpdateTableRequest update = UpdateTableRequest.builder().tableName(name).attributeDefinitions(wanted.attributeDefinitions())
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                            .indexName(index.indexName()).keySchema(index.keySchema()).projection(index.projection()).build()).build())
                    .build();
            requests.send(events, "UpdateTable", model, name.hashCode(), "UpdateTable " + name + " create index " + index.indexName(),
                    () -> requests.client.updateTable(update), r -> 0L);
            waitForIndex(name, index.indexName(), model, events);
        }
    }

    /** Waits until a new secondary index is active (DynamoDB fills it in the background), for up to ten minutes. */
    private void waitForIndex(String name, String index, Model model, Events events) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            TableDescription table = describe(name, model, events);
            boolean active = table != null && table.hasGlobalSecondaryIndexes() && table.globalSecondaryIndexes().stream()
                    .anyMatch(i -> i.indexName().equals(index) && i.indexStatus() == IndexStatus.ACTIVE);
            if (active) {
                return;
            }
            Backoff.sleep(Math.min(attempt, 6));
        }
        throw new dev.toasty.QueryException("The index " + index + " of " + name + " did not become active within ten minutes; "
                + "check it in the AWS console and run pushSchema() again", "IndexNotActive", null);
    }

    /** Waits until a table exists (and is active) or is gone; DynamoDB creates and deletes tables in the background. */
    private void waitFor(String name, Model model, boolean exists, Events events) {
        requests.send(events, "DescribeTable", model, name.hashCode(), "DescribeTable " + name + (exists ? " until active" : " until gone"), () -> {
            try (DynamoDbWaiter waiter = requests.client.waiter()) {
                DescribeTableRequest request = DescribeTableRequest.builder().tableName(name).build();
                return exists ? waiter.waitUntilTableExists(request) : waiter.waitUntilTableNotExists(request);
            }
        }, r -> 0L);
    }

    @Override
    public List<dev.toasty.schema.SchemaDifference> schemaDifferences(Schema schema, Events events) {
        return DynamoSchemaCheck.differences(requests, schema, events);
    }

    @Override
    public void dropSchema(Schema schema, Events events) {
        List<String> names = new ArrayList<>();
        for (Model model : schema.models()) {
            names.add(requests.table(model));
        }
        names.add(requests.meta());
        for (String name : names) {
            try {
                requests.send(events, "DeleteTable", null, name.hashCode(), "DeleteTable " + name,
                        () -> requests.client.deleteTable(DeleteTableRequest.builder().tableName(name).build()), r -> 0L);
                waitFor(name, null, false, events);
            } catch (dev.toasty.QueryException e) {
                if (!(e.getCause() instanceof ResourceNotFoundException)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        if (ownsClient) {
            requests.client.close();
        }
    }
}
