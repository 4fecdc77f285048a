package dev.toasty.internal.sql;

import dev.toasty.schema.Column;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the DDL that creates and drops a table and its indexes. */
public final class SchemaSql {

    private SchemaSql() {
    }

    /** CREATE TABLE and CREATE INDEX statements, each creating only what does not exist yet. */
    public static List<String> create(SqlDialect dialect, Table table) {
        List<String> statements = new ArrayList<>();
        Column auto = table.autoColumn();
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.equals(auto)) {
                parts.add(dialect.identityColumn(column));
            } else {
                parts.add(dialect.quote(column.name()) + " " + dialect.columnType(table, column) + (column.nullable() ? "" : " NOT NULL"));
            }
        }
        if (auto == null) {
            parts.add("PRIMARY KEY (" + columns(dialect, table.primaryKey()) + ")");
        }
        statements.add("CREATE TABLE IF NOT EXISTS " + dialect.quote(table.name()) + " (" + String.join(", ", parts) + ")"
                + dialect.tableOptions());
        for (TableIndex index : table.indexes()) {
            statements.addAll(dialect.createIndex(table, index));
        }
        return statements;
    }

    public static String drop(SqlDialect dialect, Table table) {
        return dialect.dropTable(table.name());
    }

    private static String columns(SqlDialect dialect, List<Column> columns) {
        return columns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
    }
}
