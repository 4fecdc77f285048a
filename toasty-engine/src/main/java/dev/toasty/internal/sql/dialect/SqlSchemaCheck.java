package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.Differences;
import dev.toasty.schema.Column;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.SchemaDifference;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what a SQL database's catalog holds with the tables {@link SchemaSql#create} would create: tables,
 * columns (type, nullability, identity), primary keys and indexes. Tables and columns no model maps are fine,
 * except a NOT NULL column without a default. Indexes match by columns and uniqueness; their names do not count.
 */
public final class SqlSchemaCheck {

    private final SqlDialect dialect;
    private final SqlCatalog catalog;
    private final List<SchemaDifference> out = new ArrayList<>();

    private SqlSchemaCheck(SqlDialect dialect) {
        this.dialect = dialect;
        this.catalog = dialect.catalog();
    }

    /** Every difference between the database and the schema, model by model; reads the catalog through {@code query}. */
    public static List<SchemaDifference> differences(SqlDialect dialect, Schema schema, SqlCatalog.Query query) throws SQLException {
        SqlSchemaCheck check = new SqlSchemaCheck(dialect);
        List<String> names = schema.tables().stream().map(Table::name).toList();
        Map<String, CatalogTable> found = check.catalog.read(query, names);
        for (Model model : schema.models()) {
            CatalogTable table = found.get(check.catalog.key(model.table().name()));
            if (table == null) {
                check.out.add(Differences.missingTable(model, model.table().name()));
            } else {
                check.table(model, table);
            }
        }
        return List.copyOf(check.out);
    }

    private void table(Model model, CatalogTable actual) {
        Table table = model.table();
        Set<String> missing = new HashSet<>();
        for (Column column : table.columns()) {
            CatalogTable.Column found = actual.columns().stream().filter(c -> same(c.name(), column.name())).findFirst().orElse(null);
            if (found == null) {
                missing.add(key(column.name()));
                out.add(Differences.missingColumn(model, column));
            } else {
                column(model, column, found, actual);
            }
        }
        for (CatalogTable.Column extra : actual.columns()) {
            boolean mapped = table.columns().stream().anyMatch(c -> same(c.name(), extra.name()));
            if (!mapped && !extra.nullable() && !extra.hasDefault()) {
                out.add(Differences.unmappedRequired(model, table.name(), extra.name()));
            }
        }
        List<String> key = keys(table.primaryKey().stream().map(Column::name).toList());
        if (!new HashSet<>(key).equals(new HashSet<>(keys(actual.primaryKey())))) {
            out.add(Differences.primaryKey(model, table.name(), actual.primaryKey().isEmpty() ? null : list(actual.primaryKey()),
                    "(" + Differences.columns(table.primaryKey()) + ")"));
        }
        for (TableIndex index : table.indexes()) {
            if (index.columns().stream().noneMatch(c -> missing.contains(key(c.name())))) {
                index(model, index, actual);
            }
        }
    }

    private void column(Model model, Column column, CatalogTable.Column found, CatalogTable actual) {
        String needed = dialect.columnType(model.table(), column);
        if (!catalog.sameType(needed, found.type())) {
            out.add(Differences.typeMismatch(model, column, found.type(), needed));
        }
        boolean inKey = model.table().primaryKey().contains(column) && actual.primaryKey().stream().anyMatch(k -> same(k, column.name()));
        if (!inKey && found.nullable() != column.nullable()) {
            out.add(Differences.nullability(model, column, found.nullable()));
        }
        if (column.equals(model.table().autoColumn()) && !found.identity()) {
            out.add(Differences.identity(model, column));
        }
    }

    /** A model index is served by a database index on the same columns in the same order, unique when it is. */
    private void index(Model model, TableIndex index, CatalogTable actual) {
        String table = model.table().name();
        List<String> columns = keys(index.columns().stream().map(Column::name).toList());
        List<CatalogTable.Index> sameColumns = actual.indexes().stream().filter(i -> keys(i.columns()).equals(columns)).toList();
        if (sameColumns.stream().anyMatch(i -> i.unique() == index.unique())
                || (index.unique() && new HashSet<>(columns).equals(new HashSet<>(keys(actual.primaryKey()))))) {
            return;
        }
        if (!sameColumns.isEmpty()) {
            String on = "(on " + Differences.columns(index.columns()) + ") ";
            out.add(Differences.indexMismatch(model, table, index, index.unique()
                    ? on + "is not unique in the database, the model needs it unique"
                    : on + "is unique in the database, the model's is not, so inserts of equal values would fail"));
            return;
        }
        CatalogTable.Index named = actual.indexes().stream().filter(i -> same(i.name(), index.name())).findFirst().orElse(null);
        if (named != null) {
            out.add(Differences.indexMismatch(model, table, index, "is " + (named.unique() ? "unique " : "") + "on " + list(named.columns())
                    + ", the model needs it " + (index.unique() ? "unique " : "") + "on (" + Differences.columns(index.columns()) + ")"));
        } else {
            out.add(Differences.missingIndex(model, table, index));
        }
    }

    private boolean same(String a, String b) {
        return Objects.equals(key(a), key(b));
    }

    private String key(String name) {
        return name == null ? null : catalog.key(name);
    }

    private List<String> keys(List<String> names) {
        return names.stream().map(this::key).toList();
    }

    private static String list(List<String> names) {
        return "(" + names.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
