package dev.toasty.internal.dynamo;

import dev.toasty.ValidationException;
import dev.toasty.internal.mapping.ModelMapper;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items of a model's table: from field values, to model instances, and their keys. */
final class Items {

    private Items() {
    }

    /**
     * The item for a row of field values; null values become absent attributes. Refuses values DynamoDB
     * cannot store (an empty string or byte array in a key or index attribute, numbers out of range).
     */
    static Map<String, AttributeValue> item(Model model, Object[] values) {
        Map<String, AttributeValue> item = new HashMap<>();
        for (Field f : model.fields()) {
            Object value = values[f.index()];
            if (value != null) {
                AttributeValue encoded = DynamoValues.encode(f.column(), value);
                if (isEmpty(encoded) && keyed(model, f.column())) {
                    throw new ValidationException("DynamoDB key and index attributes cannot be empty: " + model.name() + "."
                            + f.name() + " is stored as " + (encoded.s() != null ? "\"\"" : "an empty byte array") + "; store null or a value");
                }
                item.put(f.column().name(), encoded);
            }
        }
        return item;
    }

    private static boolean isEmpty(AttributeValue a) {
        return (a.s() != null && a.s().isEmpty()) || (a.b() != null && a.b().asByteArray().length == 0);
    }

    /** Whether the column is a key attribute of the table or of one of its secondary indexes. */
    private static boolean keyed(Model model, Column column) {
        return model.table().primaryKey().contains(column)
                || model.table().indexes().stream().anyMatch(i -> !i.unique() && i.columns().contains(column));
    }

    /** The model instance of an item; a deferred field not named in {@code loaded} is marked not loaded. */
    static Object instance(Model model, Map<String, AttributeValue> item, List<String> loaded) {
        Object[] values = values(model, item);
        for (Field f : model.fields()) {
            if (f.deferred() && !loaded.contains(f.name())) {
                values[f.index()] = ModelMapper.notLoaded(); // read with the item, but the caller did not ask for it
            }
        }
        return model.records().create(values);
    }

    /** The field values of an item, by field index. */
    static Object[] values(Model model, Map<String, AttributeValue> item) {
        Object[] values = new Object[model.fields().size()];
        for (Field f : model.fields()) {
            values[f.index()] = DynamoValues.decode(f.column(), item.get(f.column().name()));
        }
        return values;
    }

    /** The key attributes of an item. */
    static Map<String, AttributeValue> key(Model model, Map<String, AttributeValue> item) {
        return subset(item, model.table().primaryKey());
    }

    static Map<String, AttributeValue> subset(Map<String, AttributeValue> item, List<Column> columns) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (Column c : columns) {
            AttributeValue v = item.get(c.name());
            if (v != null) {
                out.put(c.name(), v);
            }
        }
        return out;
    }

    static List<Object> instances(Model model, List<Map<String, AttributeValue>> items, List<String> loaded) {
        List<Object> out = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            out.add(instance(model, item, loaded));
        }
        return out;
    }
}
