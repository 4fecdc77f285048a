package dev.toasty.internal.migrate;

import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Step;
import dev.toasty.schema.Column;
import dev.toasty.schema.ForeignKey;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps from the schema the migrations lead to ({@link SchemaState}) to the one the models declare, and the steps
 * back. Renames come only from the options, never from a guess. Changes that may lose data are held back unless the
 * options allow them, each listed with the reason. Order: renames, foreign keys and indexes dropped, tables created,
 * columns changed, foreign keys and indexes created, tables dropped; the down steps undo them in reverse.
 */
public final class SchemaDiff {

    /** The up steps, the down steps and what was held back. */
    public record Result(List<Step> up, List<Step> down, List<String> heldBack) {
    }

    private final GenerateOptions options;
    private final List<Step> up = new ArrayList<>();
    private final List<String> heldBack = new ArrayList<>();

    private SchemaDiff(GenerateOptions options) {
        this.options = options;
    }

    public static Result between(SchemaState current, Collection<Table> models, GenerateOptions options) {
        return new SchemaDiff(options).diff(current.copy(), models);
    }

    /** A column as migrations record it: its stored shape without the Java conversion. */
    public static Column neutral(Column c) {
        Storage s = c.storage();
        return new Column(c.table(), c.name(), c.type(), c.nullable(), c.auto(), c.index(),
                new Storage(null, s.precision(), s.scale(), s.jsonText(), s.element(), s.enumType(), s.enumLabels()));
    }

    public static Table neutral(Table t) {
        List<Column> columns = t.columns().stream().map(SchemaDiff::neutral).toList();
        return new Table(t.name(), columns, byName(columns, t.primaryKey()),
                t.indexes().stream().map(i -> new TableIndex(i.name(), byName(columns, i.columns()), i.unique())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), byName(columns, f.columns()), f.referencedTable(),
                        f.referencedColumns().stream().map(SchemaDiff::neutral).toList(), f.onDelete())).toList());
    }

    private Result diff(SchemaState state, Collection<Table> models) {
        Map<String, Table> wanted = new LinkedHashMap<>();
        models.forEach(t -> wanted.put(t.name(), neutral(t)));
        renameTables(state, wanted);
        Set<String> kept = new LinkedHashSet<>();
        for (Table t : state.tables()) {
            if (wanted.containsKey(t.name())) {
                kept.add(t.name());
            }
        }
        for (String name : kept) {
            dropConstraints(state, state.table(name), wanted.get(name));
        }
        for (Table t : ordered(wanted.values(), state)) {
            if (state.table(t.name()) == null) {
                add(state, new Step.CreateTable(new Table(t.name(), t.columns(), t.primaryKey(), List.of(), t.foreignKeys())));
                t.indexes().forEach(i -> add(state, new Step.CreateIndex(t.name(), i)));
            }
        }
        for (String name : kept) {
            columns(state, state.table(name), wanted.get(name));
        }
        for (String name : kept) {
            addConstraints(state, state.table(name), wanted.get(name));
        }
        List<Table> gone = new ArrayList<>();
        for (Table t : state.tables()) {
            if (!wanted.containsKey(t.name())) {
                gone.add(t);
            }
        }
        java.util.Collections.reverse(gone);
        for (Table t : gone) {
            destructive(state, new Step.DropTable(t), "drop table " + t.name() + " would delete its rows; allow destructive changes, "
                    + "or give a rename if the model was renamed");
        }
        return new Result(List.copyOf(up), Inverse.of(up), List.copyOf(heldBack));
    }

    private void renameTables(SchemaState state, Map<String, Table> wanted) {
        options.renames().forEach((from, to) -> {
            if (!from.contains(".") && state.table(from) != null && state.table(to) == null && wanted.containsKey(to)) {
                add(state, new Step.RenameTable(from, to));
            }
        });
    }

    private void dropConstraints(SchemaState state, Table have, Table want) {
        for (ForeignKey fk : have.foreignKeys()) {
            ForeignKey match = want.foreignKeys().stream().filter(f -> f.name().equals(fk.name())).findFirst().orElse(null);
            if (match == null || !sameForeignKey(fk, match)) {
                add(state, new Step.DropForeignKey(have.name(), fk));
            }
        }
        for (TableIndex index : have.indexes()) {
            TableIndex match = want.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().orElse(null);
            boolean columnGoes = index.columns().stream().anyMatch(c -> SchemaState.column(want, renamedTo(have.name(), c.name())) == null);
            if (match == null || !sameIndex(index, match, have.name()) || columnGoes && options.allowDestructive()) {
                add(state, new Step.DropIndex(have.name(), index));
            }
        }
    }

    private void columns(SchemaState state, Table have, Table want) {
        for (Column c : have.columns()) {
            String to = options.renames().get(have.name() + "." + c.name());
            if (to != null && SchemaState.column(have, to) == null && SchemaState.column(want, to) != null) {
                add(state, new Step.RenameColumn(have.name(), c.name(), to));
            }
        }
        have = state.table(want.name());
        for (Column c : want.columns()) {
            Column old = SchemaState.column(have, c.name());
            if (old == null) {
                if (!c.nullable()) {
                    destructive(state, new Step.AddColumn(have.name(), c), "add column " + have.name() + "." + c.name()
                            + " is required and has no default: it fails where the table has rows; allow destructive changes to write it "
                            + "(and fill it with a sql step), or make the field nullable first");
                } else {
                    add(state, new Step.AddColumn(have.name(), c));
                }
            } else if (!sameColumn(old, c)) {
                Step.AlterColumn alter = new Step.AlterColumn(have.name(), old, c);
                if (alter.destructive()) {
                    destructive(state, alter, alter.describe() + ": values may not fit or be null; allow destructive changes to write it");
                } else {
                    add(state, alter);
                }
            }
        }
        for (Column c : have.columns()) {
            if (SchemaState.column(want, c.name()) == null) {
                destructive(state, new Step.DropColumn(have.name(), c), "drop column " + have.name() + "." + c.name()
                        + " would delete its values; allow destructive changes, or give a rename if the field was renamed");
            }
        }
        if (!names(state.table(want.name()).primaryKey()).equals(names(want.primaryKey()))) {
            heldBack.add("the key of " + want.name() + " changes from " + names(have.primaryKey()) + " to " + names(want.primaryKey())
                    + ": Toasty does not generate key changes; write the migration by hand with sql steps");
        }
    }

    private void addConstraints(SchemaState state, Table have, Table want) {
        for (ForeignKey fk : want.foreignKeys()) {
            if (have.foreignKeys().stream().noneMatch(f -> f.name().equals(fk.name()))) {
                add(state, new Step.AddForeignKey(want.name(), fk));
            }
        }
        for (TableIndex index : want.indexes()) {
            if (state.table(want.name()).indexes().stream().noneMatch(i -> i.name().equals(index.name()))) {
                add(state, new Step.CreateIndex(want.name(), index));
            }
        }
    }

    private void add(SchemaState state, Step step) {
        up.add(state.apply(step));
    }

    private void destructive(SchemaState state, Step step, String reason) {
        if (options.allowDestructive()) {
            add(state, step);
        } else {
            heldBack.add(reason);
        }
    }

    private String renamedTo(String table, String column) {
        return options.renames().getOrDefault(table + "." + column, column);
    }

    /** The tables, each after the tables its foreign keys reference that are created with it. */
    private static List<Table> ordered(Collection<Table> tables, SchemaState state) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        List<Table> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Table t : tables) {
            visit(t, byName, done, out, new LinkedHashSet<>());
        }
        return out;
    }

    private static void visit(Table t, Map<String, Table> byName, Set<String> done, List<Table> out, Set<String> path) {
        if (done.contains(t.name()) || !path.add(t.name())) {
            return;
        }
        for (ForeignKey fk : t.foreignKeys()) {
            Table referenced = byName.get(fk.referencedTable());
            if (referenced != null && referenced != t) {
                visit(referenced, byName, done, out, path);
            }
        }
        done.add(t.name());
        out.add(t);
    }

    private static boolean sameColumn(Column a, Column b) {
        return a.type() == b.type() && a.nullable() == b.nullable() && a.auto() == b.auto() && a.storage().equals(b.storage());
    }

    private boolean sameIndex(TableIndex a, TableIndex b, String table) {
        return a.unique() == b.unique() && a.columns().stream().map(c -> renamedTo(table, c.name())).toList().equals(names(b.columns()));
    }

    private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return names(a.columns()).equals(names(b.columns())) && a.referencedTable().equals(b.referencedTable())
                && names(a.referencedColumns()).equals(names(b.referencedColumns())) && a.onDelete() == b.onDelete();
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static List<Column> byName(List<Column> columns, List<Column> names) {
        return names.stream().map(n -> columns.stream().filter(c -> c.name().equals(n.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no column " + n.name()))).toList();
    }
}
