package dev.toasty.internal.sql.dialect;

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

    /** The types the table uses, CREATE TABLE and CREATE INDEX statements, each creating only what does not exist yet. */
    public static List<String> create(SqlDialect dialect, Table table) {
        List<String> statements = new ArrayList<>(dialect.createTypes(table));
        statements.add("CREATE TABLE IF NOT EXISTS " + definition(dialect, table));
        for (TableIndex index : table.indexes()) {
            statements.addAll(dialect.createIndex(table, index));
        }
        return statements;
    }

    /** {@code "name" (columns, key, foreign keys) options}: what follows CREATE TABLE. */
    public static String definition(SqlDialect dialect, Table table) {
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
        for (dev.toasty.schema.ForeignKey fk : table.foreignKeys()) {
            parts.add("CONSTRAINT " + dialect.quote(fk.name()) + " FOREIGN KEY (" + columns(dialect, fk.columns()) + ") REFERENCES "
                    + dialect.quote(fk.referencedTable()) + " (" + columns(dialect, fk.referencedColumns()) + ") ON DELETE "
                    + fk.onDelete().name().replace('_', ' '));
        }
        return dialect.quote(table.name()) + " (" + String.join(", ", parts) + ")" + dialect.tableOptions();
    }

    /**
     * The tables, each after the tables its foreign keys reference (drop them in the reverse order).
     * A cycle of foreign keys between tables is refused: one relation of the cycle cannot be declared inline.
     */
    public static List<Table> ordered(List<Table> tables) {
        java.util.Map<String, Table> byName = new java.util.LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        List<Table> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Table t : tables) {
            visit(t, byName, done, new java.util.LinkedHashSet<>(), out);
        }
        return out;
    }

    private static void visit(Table t, java.util.Map<String, Table> byName, java.util.Set<String> done,
                              java.util.Set<String> path, List<Table> out) {
        if (done.contains(t.name())) {
            return;
        }
        if (!path.add(t.name())) {
            throw new dev.toasty.SchemaException("The foreign keys of tables " + String.join(" -> ", path) + " -> " + t.name()
                    + " form a cycle, which Toasty cannot create: make one of these relations a plain field");
        }
        for (dev.toasty.schema.ForeignKey fk : t.foreignKeys()) {
            Table referenced = byName.get(fk.referencedTable());
            if (referenced != null && referenced != t) {
                visit(referenced, byName, done, path, out);
            }
        }
        path.remove(t.name());
        done.add(t.name());
        out.add(t);
    }

    public static String drop(SqlDialect dialect, Table table) {
        return dialect.dropTable(table.name());
    }

    private static String columns(SqlDialect dialect, List<Column> columns) {
        return columns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
    }
}
