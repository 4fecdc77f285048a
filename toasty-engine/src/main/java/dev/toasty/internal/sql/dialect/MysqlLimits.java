package dev.toasty.internal.sql.dialect;

import dev.toasty.SchemaException;
import dev.toasty.schema.Column;
import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL's size limits, checked when Toasty starts: identifiers of at most 64 characters, and index keys of
 * at most 3072 bytes (InnoDB, 16 KiB pages). Strings and byte arrays that are part of a key or index are
 * stored as {@code VARCHAR(255)} / {@code VARBINARY(255)} so that they can be indexed; the others as
 * {@code LONGTEXT} / {@code LONGBLOB}.
 */
final class MysqlLimits {

    static final int MAX_IDENTIFIER = 64;
    static final int MAX_KEY_BYTES = 3072;
    static final int INDEXED_LENGTH = 255;

    private MysqlLimits() {
    }

    /** Whether a column is part of the primary key or of an index of its table. */
    static boolean indexed(Table table, Column column) {
        return table.primaryKey().contains(column)
                || table.indexes().stream().anyMatch(i -> i.columns().contains(column));
    }

    /**
     * The index's name, or when it is longer than MySQL allows, its first 55 characters, an underscore and 8
     * hex digits of a hash of the whole name: the same model always gets the same name.
     */
    static String indexName(TableIndex index) {
        String name = index.name();
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        int hash = 0;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + (b & 0xff);
        }
        return name.substring(0, MAX_IDENTIFIER - 9) + "_" + HexFormat.of().toHexDigits(hash);
    }

    static void check(Schema schema) {
        for (Model model : schema.models()) {
            Table table = model.table();
            if (table.name().length() > MAX_IDENTIFIER) {
                throw new SchemaException("Model " + model.name() + " maps to the table name '" + table.name() + "' of "
                        + table.name().length() + " characters; MySQL allows " + MAX_IDENTIFIER
                        + ": give a shorter one with @Table(\"...\")");
            }
            for (Field field : model.fields()) {
                String column = field.column().name();
                if (column.length() > MAX_IDENTIFIER) {
                    throw new SchemaException("Field " + model.name() + "." + field.name() + " maps to the column name '"
                            + column + "' of " + column.length() + " characters; MySQL allows " + MAX_IDENTIFIER
                            + ": give a shorter one with @Column(\"...\")");
                }
                checkDecimal(model, field);
            }
            checkKey(model, "primary key", table.primaryKey());
            for (TableIndex index : table.indexes()) {
                checkKey(model, "index " + index.name(), index.columns());
            }
        }
    }

    /** MySQL's DECIMAL keeps at most 65 digits, 30 of them after the point. */
    private static void checkDecimal(Model model, Field field) {
        int precision = field.column().storage().precision();
        int scale = field.column().storage().scale();
        if (field.column().type() == FieldType.DECIMAL && (precision > MysqlCodecs.DECIMAL_PRECISION || scale > MysqlCodecs.DECIMAL_SCALE)) {
            throw new SchemaException("Field " + model.name() + "." + field.name() + " declares a decimal of " + precision
                    + " digits, " + scale + " after the point; MySQL's DECIMAL keeps at most " + MysqlCodecs.DECIMAL_PRECISION
                    + ", " + MysqlCodecs.DECIMAL_SCALE + " after the point: declare a smaller @Decimal");
        }
    }

    private static void checkKey(Model model, String what, List<Column> columns) {
        for (Column column : columns) {
            if (column.type() == FieldType.JSON || column.type() == FieldType.ARRAY) {
                throw new SchemaException("The " + what + " of " + model.name() + " includes " + model.name() + "."
                        + fieldOf(model, column) + ", which MySQL stores as JSON, a type it cannot index: "
                        + "take the field out of the key or index");
            }
        }
        int bytes = columns.stream().mapToInt(MysqlLimits::keyBytes).sum();
        if (bytes > MAX_KEY_BYTES) {
            String fields = columns.stream().map(c -> model.name() + "." + fieldOf(model, c)).collect(Collectors.joining(", "));
            throw new SchemaException("The " + what + " of " + model.name() + " on " + fields + " needs up to " + bytes
                    + " bytes per entry; MySQL's InnoDB allows " + MAX_KEY_BYTES + " (an indexed String is stored as VARCHAR("
                    + INDEXED_LENGTH + "), 4 bytes a character): index fewer String fields together");
        }
    }

    private static int keyBytes(Column column) {
        if (column.storage().enumType() != null) {
            return 2;
        }
        return switch (column.type()) {
            case STRING -> INDEXED_LENGTH * 4;
            case BYTES -> INDEXED_LENGTH;
            case DECIMAL -> 30;
            case UUID -> 16;
            default -> 8;
        };
    }

    private static String fieldOf(Model model, Column column) {
        return model.fields().stream().filter(f -> f.column().equals(column)).map(Field::name)
                .findFirst().orElse(column.name());
    }
}
