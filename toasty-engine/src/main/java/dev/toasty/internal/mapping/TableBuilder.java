package dev.toasty.internal.mapping;

import dev.toasty.SchemaException;
import dev.toasty.annotation.Index;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.ModelErrors;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the db-layer {@link Table} of a model: columns, primary key and indexes. */
final class TableBuilder {

    /** The shortest identifier limit among the supported backends (PostgreSQL: 63 bytes, MySQL: 64). */
    private static final int MAX_IDENTIFIER = 63;

    private TableBuilder() {
    }

    static Table table(Class<?> type, String table, List<Field> fields) {
        return table(type, table, fields, List.of(), List.of());
    }

    /**
     * The table, with an index on each of {@code lookups} (the foreign keys relations are loaded by)
     * unless an index or the primary key already starts with those columns, and the constraints {@code foreignKeys}.
     */
    static Table table(Class<?> type, String table, List<Field> fields, List<List<Column>> lookups,
                       List<dev.toasty.schema.ForeignKey> foreignKeys) {
        List<Column> columns = fields.stream().map(Field::column).toList();
        List<Column> key = fields.stream().filter(Field::key).map(Field::column).toList();
        List<TableIndex> indexes = new ArrayList<>();
        Map<String, Field> byName = fields.stream().collect(Collectors.toMap(Field::name, Function.identity()));
        for (Field field : fields) {
            AnnotatedElement element = element(type, field.name());
            if (field.unique() && !(field.key() && key.size() == 1)) {
                indexes.add(index(table, "", List.of(field.column()), true));
            }
            for (Index index : element == null ? new Index[0] : element.getAnnotationsByType(Index.class)) {
                indexes.add(index(table, index.name(), List.of(field.column()), index.unique()));
            }
        }
        for (Index index : SchemaBuilder.indexes(type)) {
            if (index.fields().length == 0) {
                throw new SchemaException(ModelErrors.emptyIndex(SchemaBuilder.nameOf(type)));
            }
            List<Column> indexColumns = new ArrayList<>();
            for (String name : index.fields()) {
                Field field = byName.get(name);
                if (field == null) {
                    throw new SchemaException(ModelErrors.indexOnMissingField(SchemaBuilder.nameOf(type), name));
                }
                indexColumns.add(field.column());
            }
            indexes.add(index(table, index.name(), indexColumns, index.unique()));
        }
        for (List<Column> lookup : lookups) {
            boolean covered = startsWith(key, lookup) || indexes.stream().anyMatch(i -> startsWith(i.columns(), lookup));
            if (!covered) {
                indexes.add(index(table, "", lookup, false));
            }
        }
        return new Table(table, columns, key, indexes, foreignKeys);
    }

    private static boolean startsWith(List<Column> columns, List<Column> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    /** The name of a generated foreign key constraint, within every backend's identifier limit. */
    static String foreignKeyName(String table, List<Column> columns) {
        return shorten("fk_" + table + "_" + columns.stream().map(Column::name).collect(Collectors.joining("_")));
    }

    private static AnnotatedElement element(Class<?> type, String name) {
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component;
                }
            }
            return null;
        }
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static TableIndex index(String table, String name, List<Column> columns, boolean unique) {
        String indexName = name.isEmpty()
                ? (unique ? "ux_" : "ix_") + table + "_" + columns.stream().map(Column::name).collect(Collectors.joining("_"))
                : name;
        return new TableIndex(shorten(indexName), columns, unique);
    }

    /** Keeps generated names within every backend's identifier limit, with a hash to keep them distinct. */
    static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_IDENTIFIER - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
