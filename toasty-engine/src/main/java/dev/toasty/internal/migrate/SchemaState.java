package dev.toasty.internal.migrate;

import dev.toasty.migrate.MigrationException;
import dev.toasty.migrate.Step;
import dev.toasty.schema.Column;
import dev.toasty.schema.ForeignKey;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema a list of steps leads to, replayed in memory from nothing: the tables with their columns, keys, indexes
 * and foreign keys. It is how the migrations' schema is known without a snapshot file ({@code generate} diffs the
 * models against it), and it resolves the columns that steps name (an index's, a foreign key's) to their definitions.
 * Not thread-safe; each use replays its own.
 */
public final class SchemaState {

    private final Map<String, Table> tables = new LinkedHashMap<>();

    public Collection<Table> tables() {
        return tables.values();
    }

    /** The table, or null when the steps so far have not made it. */
    public Table table(String name) {
        return tables.get(name);
    }

    public SchemaState copy() {
        SchemaState copy = new SchemaState();
        copy.tables.putAll(tables);
        return copy;
    }

    /**
     * Applies {@code step} and returns it with its columns resolved (the definitions an index or a foreign key
     * names). A step that does not fit the schema so far (a column added twice, an index on a missing column) is
     * refused naming it: the migrations contradict each other.
     */
    public Step apply(Step step) {
        return switch (step) {
            case Step.CreateTable s -> {
                if (tables.containsKey(s.table().name())) {
                    throw conflict(step, "the table exists already");
                }
                Table t = s.table();
                Table resolved = new Table(t.name(), t.columns(), t.primaryKey(), List.of(), List.of());
                List<ForeignKey> fks = new ArrayList<>();
                for (ForeignKey fk : t.foreignKeys()) {
                    fks.add(resolve(step, resolved, fk));
                }
                resolved = new Table(t.name(), renumbered(t.name(), t.columns()), keyOf(t), List.of(), fks);
                tables.put(t.name(), resolved);
                yield new Step.CreateTable(resolved);
            }
            case Step.DropTable s -> {
                Table t = require(step, s.table().name());
                tables.remove(t.name());
                yield new Step.DropTable(t);
            }
            case Step.RenameTable s -> {
                Table t = require(step, s.from());
                if (tables.containsKey(s.to())) {
                    throw conflict(step, "a table " + s.to() + " exists already");
                }
                tables.remove(s.from());
                tables.put(s.to(), renamed(t, s.to()));
                tables.replaceAll((name, other) -> new Table(other.name(), other.columns(), other.primaryKey(), other.indexes(),
                        other.foreignKeys().stream().map(f -> f.referencedTable().equals(s.from())
                                ? new ForeignKey(f.name(), f.columns(), s.to(), f.referencedColumns(), f.onDelete()) : f).toList()));
                yield step;
            }
            case Step.AddColumn s -> {
                Table t = require(step, s.table());
                if (column(t, s.column().name()) != null) {
                    throw conflict(step, "the column exists already");
                }
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(s.column());
                put(t, renumbered(t.name(), columns), t.indexes(), t.foreignKeys());
                yield new Step.AddColumn(s.table(), column(tables.get(s.table()), s.column().name()));
            }
            case Step.DropColumn s -> {
                Table t = require(step, s.table());
                Column c = requireColumn(step, t, s.column().name());
                if (t.primaryKey().contains(c)) {
                    throw conflict(step, "the column is part of the key");
                }
                List<Column> columns = new ArrayList<>(t.columns());
                columns.remove(c);
                List<TableIndex> indexes = t.indexes().stream().filter(i -> i.columns().stream().noneMatch(x -> x.name().equals(c.name()))).toList();
                List<ForeignKey> fks = t.foreignKeys().stream().filter(f -> f.columns().stream().noneMatch(x -> x.name().equals(c.name()))).toList();
                put(t, renumbered(t.name(), columns), indexes, fks);
                yield new Step.DropColumn(s.table(), c);
            }
            case Step.RenameColumn s -> {
                Table t = require(step, s.table());
                requireColumn(step, t, s.from());
                if (column(t, s.to()) != null) {
                    throw conflict(step, "a column " + s.to() + " exists already");
                }
                tables.put(t.name(), renamedColumn(t, s.from(), s.to()));
                yield step;
            }
            case Step.AlterColumn s -> {
                Table t = require(step, s.table());
                Column from = requireColumn(step, t, s.to().name());
                Column to = new Column(t.name(), from.name(), s.to().type(), s.to().nullable(), from.auto(), from.index(), s.to().storage());
                tables.put(t.name(), replaced(t, from, to));
                yield new Step.AlterColumn(s.table(), from, to);
            }
            case Step.CreateIndex s -> {
                Table t = require(step, s.table());
                if (t.indexes().stream().anyMatch(i -> i.name().equals(s.index().name()))) {
                    throw conflict(step, "the index exists already");
                }
                TableIndex index = new TableIndex(s.index().name(), columns(step, t, s.index().columns()), s.index().unique());
                List<TableIndex> indexes = new ArrayList<>(t.indexes());
                indexes.add(index);
                put(t, t.columns(), indexes, t.foreignKeys());
                yield new Step.CreateIndex(s.table(), index);
            }
            case Step.DropIndex s -> {
                Table t = require(step, s.table());
                TableIndex index = t.indexes().stream().filter(i -> i.name().equals(s.index().name())).findFirst()
                        .orElseThrow(() -> conflict(step, "the table has no such index"));
                List<TableIndex> indexes = new ArrayList<>(t.indexes());
                indexes.remove(index);
                put(t, t.columns(), indexes, t.foreignKeys());
                yield new Step.DropIndex(s.table(), index);
            }
            case Step.AddForeignKey s -> {
                Table t = require(step, s.table());
                ForeignKey fk = resolve(step, t, s.foreignKey());
                List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
                fks.add(fk);
                put(t, t.columns(), t.indexes(), fks);
                yield new Step.AddForeignKey(s.table(), fk);
            }
            case Step.DropForeignKey s -> {
                Table t = require(step, s.table());
                ForeignKey fk = t.foreignKeys().stream().filter(f -> f.name().equals(s.foreignKey().name())).findFirst()
                        .orElseThrow(() -> conflict(step, "the table has no such foreign key"));
                List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
                fks.remove(fk);
                put(t, t.columns(), t.indexes(), fks);
                yield new Step.DropForeignKey(s.table(), fk);
            }
            case Step.Sql s -> s;
            case Step.Irreversible s -> s;
        };
    }

    private void put(Table t, List<Column> columns, List<TableIndex> indexes, List<ForeignKey> fks) {
        List<Column> key = t.primaryKey().stream().map(k -> columns.stream().filter(c -> c.name().equals(k.name())).findFirst().orElseThrow()).toList();
        List<TableIndex> reindexed = indexes.stream().map(i -> new TableIndex(i.name(), byName(columns, i.columns()), i.unique())).toList();
        List<ForeignKey> refk = fks.stream().map(f -> new ForeignKey(f.name(), byName(columns, f.columns()), f.referencedTable(),
                f.referencedColumns(), f.onDelete())).toList();
        tables.put(t.name(), new Table(t.name(), columns, key, reindexed, refk));
    }

    private static List<Column> byName(List<Column> columns, List<Column> names) {
        return names.stream().map(n -> columns.stream().filter(c -> c.name().equals(n.name())).findFirst().orElseThrow()).toList();
    }

    private ForeignKey resolve(Step step, Table t, ForeignKey fk) {
        Table referenced = fk.referencedTable().equals(t.name()) ? t : require(step, fk.referencedTable());
        return new ForeignKey(fk.name(), columns(step, t, fk.columns()), fk.referencedTable(), columns(step, referenced, fk.referencedColumns()),
                fk.onDelete());
    }

    private static List<Column> renumbered(String table, List<Column> columns) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            out.add(new Column(table, c.name(), c.type(), c.nullable(), c.auto(), i, c.storage()));
        }
        return out;
    }

    private static List<Column> keyOf(Table t) {
        List<Column> columns = renumbered(t.name(), t.columns());
        return byName(columns, t.primaryKey());
    }

    private static Table renamed(Table t, String name) {
        List<Column> columns = renumbered(name, t.columns());
        return new Table(name, columns, byName(columns, t.primaryKey()),
                t.indexes().stream().map(i -> new TableIndex(i.name(), byName(columns, i.columns()), i.unique())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), byName(columns, f.columns()), f.referencedTable(),
                        f.referencedColumns(), f.onDelete())).toList());
    }

    private Table renamedColumn(Table t, String from, String to) {
        Column old = column(t, from);
        Column now = new Column(t.name(), to, old.type(), old.nullable(), old.auto(), old.index(), old.storage());
        return replaced(t, old, now);
    }

    private Table replaced(Table t, Column old, Column now) {
        List<Column> columns = t.columns().stream().map(c -> c.equals(old) ? now : c).toList();
        java.util.function.UnaryOperator<Column> swap = c -> c.name().equals(old.name()) ? now : c;
        Table out = new Table(t.name(), columns, t.primaryKey().stream().map(swap).toList(),
                t.indexes().stream().map(i -> new TableIndex(i.name(), i.columns().stream().map(swap).toList(), i.unique())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns().stream().map(swap).toList(), f.referencedTable(),
                        f.referencedColumns(), f.onDelete())).toList());
        // foreign keys of other tables that reference the renamed column follow it
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            Table other = e.getValue();
            if (other.name().equals(t.name())) {
                continue;
            }
            boolean refers = other.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(t.name()));
            if (refers) {
                e.setValue(new Table(other.name(), other.columns(), other.primaryKey(), other.indexes(), other.foreignKeys().stream()
                        .map(f -> f.referencedTable().equals(t.name()) ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                                f.referencedColumns().stream().map(swap).toList(), f.onDelete()) : f).toList()));
            }
        }
        return out;
    }

    private List<Column> columns(Step step, Table t, List<Column> names) {
        List<Column> out = new ArrayList<>();
        for (Column n : names) {
            out.add(requireColumn(step, t, n.name()));
        }
        return out;
    }

    private Table require(Step step, String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw conflict(step, "there is no table " + name + " at this point of the migrations");
        }
        return t;
    }

    private static Column requireColumn(Step step, Table t, String name) {
        Column c = column(t, name);
        if (c == null) {
            throw conflict(step, "the table " + t.name() + " has no column " + name + " at this point of the migrations");
        }
        return c;
    }

    public static Column columnOf(Table t, String name) {
        return column(t, name);
    }

    static Column column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static MigrationException conflict(Step step, String why) {
        return new MigrationException("The step '" + step.describe() + "' does not fit the schema of the migrations before it: " + why);
    }
}
