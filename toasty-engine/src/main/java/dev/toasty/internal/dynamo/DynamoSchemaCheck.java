package dev.toasty.internal.dynamo;

import dev.toasty.QueryException;
import dev.toasty.internal.Differences;
import dev.toasty.internal.engine.Events;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares DynamoDB's tables with what {@code pushSchema} would create, one DescribeTable per table: each model's
 * table and key schema (attribute names, partition then sort, and types), a global secondary index with all
 * attributes projected per non-unique {@code @Index} (by name, since queries name it), and {@code toasty_meta}
 * when a model has unique fields or an {@code @Auto} number key.
 */
final class DynamoSchemaCheck {

    private DynamoSchemaCheck() {
    }

    static List<SchemaDifference> differences(Requests requests, Schema schema, Events events) {
        List<SchemaDifference> out = new ArrayList<>();
        for (Model model : schema.models()) {
            String name = requests.table(model);
            TableDescription actual = describe(requests, name, model, events);
            if (actual == null) {
                out.add(Differences.missingTable(model, name));
                continue;
            }
            CreateTableRequest wanted = Tables.create(name, model);
            String key = keySchema(actual.keySchema(), actual.attributeDefinitions());
            String neededKey = keySchema(wanted.keySchema(), wanted.attributeDefinitions());
            if (!key.equals(neededKey)) {
                out.add(Differences.primaryKey(model, name, key, neededKey));
            }
            indexes(model, name, wanted, actual, out);
        }
        boolean metaNeeded = schema.models().stream().map(Model::table)
                .anyMatch(t -> t.autoColumn() != null || t.indexes().stream().anyMatch(TableIndex::unique));
        if (metaNeeded) {
            TableDescription meta = describe(requests, requests.meta(), null, events);
            if (meta == null) {
                out.add(Differences.missingMetaTable(requests.meta()));
            }
        }
        return out;
    }

    private static void indexes(Model model, String name, CreateTableRequest wanted, TableDescription actual, List<SchemaDifference> out) {
        List<GlobalSecondaryIndexDescription> present = actual.hasGlobalSecondaryIndexes() ? actual.globalSecondaryIndexes() : List.of();
        List<GlobalSecondaryIndex> needed = wanted.hasGlobalSecondaryIndexes() ? wanted.globalSecondaryIndexes() : List.of();
        for (GlobalSecondaryIndex index : needed) {
            TableIndex modelIndex = modelIndex(model.table(), index.indexName());
            GlobalSecondaryIndexDescription found = present.stream().filter(i -> i.indexName().equals(index.indexName()))
                    .findFirst().orElse(null);
            if (found == null) {
                out.add(Differences.missingIndex(model, name, modelIndex));
                continue;
            }
            String key = keySchema(found.keySchema(), actual.attributeDefinitions());
            String neededKey = keySchema(index.keySchema(), wanted.attributeDefinitions());
            if (!key.equals(neededKey)) {
                out.add(Differences.indexMismatch(model, name, modelIndex, "has the key " + key + ", the model needs " + neededKey));
            } else if (found.indexStatus() != null && found.indexStatus() != IndexStatus.ACTIVE) {
                out.add(Differences.indexMismatch(model, name, modelIndex, "is " + found.indexStatusAsString()
                        + ", queries need it ACTIVE"));
            } else if (found.projection() == null || found.projection().projectionType() != ProjectionType.ALL) {
                out.add(Differences.indexMismatch(model, name, modelIndex, "projects "
                        + (found.projection() == null ? "nothing" : found.projection().projectionTypeAsString())
                        + ", the model needs ALL attributes"));
            }
        }
    }

    /** {@code (id N)} or {@code (org_id N, user_id N)}: the partition key, then the sort key, each with its type. */
    private static String keySchema(List<KeySchemaElement> key, List<AttributeDefinition> attributes) {
        return key.stream().sorted((a, b) -> a.keyTypeAsString().compareTo(b.keyTypeAsString()))
                .map(k -> k.attributeName() + " " + attributes.stream().filter(a -> a.attributeName().equals(k.attributeName()))
                        .map(AttributeDefinition::attributeTypeAsString).findFirst().orElse("?"))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static TableIndex modelIndex(Table table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** The table's description, or null when it does not exist. */
    private static TableDescription describe(Requests requests, String name, Model model, Events events) {
        try {
            return requests.send(events, "DescribeTable", model, name.hashCode(), "DescribeTable " + name,
                    () -> requests.client.describeTable(DescribeTableRequest.builder().tableName(name).build()), r -> 1L).table();
        } catch (QueryException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return null;
            }
            throw e;
        }
    }
}
