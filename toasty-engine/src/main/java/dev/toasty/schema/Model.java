package dev.toasty.schema;

import dev.toasty.SchemaException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model of the app layer: its Java type, fields, key, and the table it maps to. Built once when
 * {@code Toasty} is built, immutable and thread-safe.
 */
public final class Model {

    private final Class<?> type;
    private final Table table;
    private final List<Field> fields;
    private final List<Field> key;
    private final Field version;
    private final Map<String, Field> byName;
    private final RecordAccess records;
    private final List<Relation> relations;
    private final Map<String, Relation> relationsByName;

    public Model(Class<?> type, Table table, List<Field> fields, RecordAccess records) {
        this(type, table, fields, List.of(), records);
    }

    public Model(Class<?> type, Table table, List<Field> fields, List<Relation> relations, RecordAccess records) {
        this.type = type;
        this.relations = List.copyOf(relations);
        this.relationsByName = this.relations.stream().collect(Collectors.toUnmodifiableMap(Relation::name, Function.identity()));
        this.table = table;
        this.fields = List.copyOf(fields);
        this.key = this.fields.stream().filter(Field::key).toList();
        this.version = this.fields.stream().filter(Field::version).findFirst().orElse(null);
        this.byName = this.fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, Function.identity()));
        this.records = records;
    }

    public Class<?> type() {
        return type;
    }

    /** The simple name of the model class. */
    public String name() {
        return type.getSimpleName();
    }

    public Table table() {
        return table;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The {@code @Version} field, or null when the model has none. */
    public Field version() {
        return version;
    }

    /** The key fields, in declaration order. */
    public List<Field> key() {
        return key;
    }

    /** The single-field key, or an error naming the model when the key is composite. */
    public Field singleKey() {
        if (key.size() != 1) {
            throw new SchemaException("Model " + name() + " has a composite key of " + key.size()
                    + " fields: pass every key part");
        }
        return key.get(0);
    }

    /** The field with that name, or an error naming the model and field. */
    public Field field(String name) {
        Field field = byName.get(name);
        if (field == null) {
            throw new SchemaException("Model " + name() + " has no field '" + name + "'; its fields are "
                    + fields.stream().map(Field::name).collect(Collectors.joining(", ")));
        }
        return field;
    }

    /** Whether the model has a field with that name. */
    public boolean hasField(String name) {
        return byName.containsKey(name);
    }

    /** The relations, in declaration order. */
    public List<Relation> relations() {
        return relations;
    }

    /** The relation with that name, or an error naming the model and its relations. */
    public Relation relation(String name) {
        Relation relation = relationsByName.get(name);
        if (relation == null) {
            throw new SchemaException("Model " + name() + " has no relation '" + name + "'; its relations are "
                    + (relations.isEmpty() ? "none" : relations.stream().map(Relation::name).collect(Collectors.joining(", "))));
        }
        return relation;
    }

    /** The position of {@code relation} among this model's relations, for {@link RecordAccess#relation}. */
    public int relationIndex(Relation relation) {
        return relations.indexOf(relation);
    }

    /** Reads and builds the instances of this model. */
    public RecordAccess records() {
        return records;
    }

    @Override
    public String toString() {
        return "Model[" + name() + " -> " + table.name() + "]";
    }
}
