package dev.toasty.internal.dynamo;

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

    /** The item for a row of field values; null values become absent attributes. */
    static Map<String, AttributeValue> item(Model model, Object[] values) {
        Map<String, AttributeValue> item = new HashMap<>();
        for (Field f : model.fields()) {
            Object value = values[f.index()];
            if (value != null) {
                item.put(f.column().name(), DynamoValues.encode(f.type(), value));
            }
        }
        return item;
    }

    /** The model instance of an item. */
    static Object instance(Model model, Map<String, AttributeValue> item) {
        return model.mapper().create(values(model, item));
    }

    /** The field values of an item, by field index. */
    static Object[] values(Model model, Map<String, AttributeValue> item) {
        Object[] values = new Object[model.fields().size()];
        for (Field f : model.fields()) {
            values[f.index()] = DynamoValues.decode(f.type(), item.get(f.column().name()));
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

    static List<Object> instances(Model model, List<Map<String, AttributeValue>> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            out.add(instance(model, item));
        }
        return out;
    }
}
