package dev.toasty.actuator;

import dev.toasty.schema.Column;
import dev.toasty.schema.Model;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.List;

/**
 * One model of the schema as {@code /actuator/toasty} shows it: the model, its table, the table's columns,
 * primary key and indexes.
 *
 * @param name       the model's name
 * @param type       the model's Java class
 * @param table      the table (or DynamoDB table) name
 * @param columns    every column in table order
 * @param primaryKey the primary key's column names
 * @param indexes    the secondary indexes
 */
public record ModelReport(String name, String type, String table, List<ColumnReport> columns,
                          List<String> primaryKey, List<IndexReport> indexes) {

    /**
     * A column.
     *
     * @param name     the column name
     * @param type     the stored field type ({@code STRING}, {@code LONG}, {@code INSTANT}, ...)
     * @param nullable whether it may hold null
     * @param auto     whether the database generates it
     */
    public record ColumnReport(String name, String type, boolean nullable, boolean auto) {
    }

    /**
     * An index.
     *
     * @param name    the index name
     * @param columns its column names in order
     * @param unique  whether it enforces uniqueness
     */
    public record IndexReport(String name, List<String> columns, boolean unique) {
    }

    static ModelReport of(Model model) {
        Table table = model.table();
        return new ModelReport(model.name(), model.type().getName(), table.name(),
                table.columns().stream().map(c -> new ColumnReport(c.name(), c.type().name(), c.nullable(), c.auto())).toList(),
                names(table.primaryKey()),
                table.indexes().stream().map(ModelReport::index).toList());
    }

    private static IndexReport index(TableIndex index) {
        return new IndexReport(index.name(), names(index.columns()), index.unique());
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
