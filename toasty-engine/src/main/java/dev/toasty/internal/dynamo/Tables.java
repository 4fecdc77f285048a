package dev.toasty.internal.dynamo;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB tables of a schema: one per model, pay per request, its key as partition (and sort)
 * key, one global secondary index per non-unique {@code @Index}; plus one table of Toasty's own
 * ({@code toasty_meta}) for unique side items and identity counters.
 */
final class Tables {

    static final String META = "toasty_meta";
    static final String META_KEY = "pk";

    private Tables() {
    }

    /** Checks that DynamoDB can hold the model's keys and indexes; names the field when it cannot. */
    static void check(Model model) {
        Table table = model.table();
        if (table.primaryKey().size() > 2) {
            throw new UnsupportedFeatureException("a key of " + table.primaryKey().size() + " fields (" + model.name() + ")",
                    "dynamodb", "a key has a partition and at most one sort field: make one field unique with @Unique instead");
        }
        for (Column c : table.primaryKey()) {
            requireKeyType(model, c, "a key");
        }
        for (TableIndex index : table.indexes()) {
            if (!index.unique()) {
                if (index.columns().size() > 2) {
                    throw new UnsupportedFeatureException("an index of " + index.columns().size() + " fields (" + index.name() + " on "
                            + model.name() + ")", "dynamodb", "a secondary index has a partition and at most one sort field");
                }
                for (Column c : index.columns()) {
                    requireKeyType(model, c, "an index");
                }
            } else {
                for (Column c : index.columns()) {
                    if (c.type() == FieldType.JSON || c.type() == FieldType.ARRAY) {
                        throw new UnsupportedFeatureException(c.type() + " fields in a unique index (" + model.name() + "."
                                + fieldName(model, c) + ")", "dynamodb", "unique fields hold single values: strings, numbers, "
                                + "booleans, bytes, dates and times");
                    }
                }
            }
        }
    }

    private static void requireKeyType(Model model, Column column, String what) {
        if (DynamoValues.keyType(column) == null) {
            throw new UnsupportedFeatureException(column.type() + " fields in " + what + " (" + model.name() + "." + fieldName(model, column) + ")",
                    "dynamodb", "key and index attributes are strings, numbers or bytes");
        }
    }

    static CreateTableRequest create(String name, Model model) {
        return create(name, model.table());
    }

    /** The table as a CreateTable request: its key, and one global secondary index per non-unique index. */
    static CreateTableRequest create(String name, Table table) {
        Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
        List<KeySchemaElement> key = keySchema(table.primaryKey(), attributes);
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (TableIndex index : table.indexes()) {
            if (!index.unique()) {
                indexes.add(index(index, attributes));
            }
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name).keySchema(key)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes.entrySet().stream()
                        .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build()).toList());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    static CreateTableRequest createMeta(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName(META_KEY).keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName(META_KEY).attributeType(ScalarAttributeType.S).build())
                .build();
    }

    /** The secondary index of a non-unique index, with the definitions of its key attributes added to {@code attributes}. */
    static GlobalSecondaryIndex index(TableIndex index, Map<String, ScalarAttributeType> attributes) {
        return GlobalSecondaryIndex.builder().indexName(index.name()).keySchema(keySchema(index.columns(), attributes))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build();
    }

    static List<KeySchemaElement> keySchema(List<Column> columns, Map<String, ScalarAttributeType> attributes) {
        List<KeySchemaElement> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            attributes.put(c.name(), DynamoValues.keyType(c));
            out.add(KeySchemaElement.builder().attributeName(c.name()).keyType(i == 0 ? KeyType.HASH : KeyType.RANGE).build());
        }
        return out;
    }

    static String fieldName(Model model, Column column) {
        for (Field f : model.fields()) {
            if (f.column().equals(column)) {
                return f.name();
            }
        }
        return column.name();
    }
}
