package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.migrate.SchemaState;
import dev.toasty.migrate.Step;
import dev.toasty.schema.Column;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a migration step as the SQL statements of a dialect, from the schema before the step. Where SQLite's
 * {@code ALTER TABLE} cannot change a column or a foreign key, the table is rebuilt: a new table made as the step
 * leaves it, the rows copied, the old table dropped, the new one renamed and its indexes made again (the migration
 * runs with foreign keys checked at its end, see {@code SqlMigrations}). On MySQL, a column whose type depends on
 * the indexes it is in (an indexed text column is a {@code VARCHAR}) is modified when a step changes that.
 */
public final class MigrationSql {

    private MigrationSql() {
    }

    public static List<String> render(SqlDialect d, Step step, SchemaState before) {
        SchemaState state = before.copy();
        Step resolved = state.apply(step);
        return switch (resolved) {
            case Step.CreateTable s -> {
                List<String> out = new ArrayList<>(d.createTypes(s.table()));
                out.add("CREATE TABLE " + SchemaSql.definition(d, s.table()));
                yield out;
            }
            case Step.DropTable s -> {
                List<String> out = new ArrayList<>();
                out.add("DROP TABLE " + d.quote(s.table().name()));
                out.addAll(d.dropUnusedTypes(s.table().columns()));
                yield out;
            }
            case Step.RenameTable s -> List.of("ALTER TABLE " + d.quote(s.from()) + " RENAME TO " + d.quote(s.to()));
            case Step.AddColumn s -> {
                Table after = state.table(s.table());
                if (!s.column().nullable() && d.rebuildsTables()) {
                    yield rebuild(d, before.table(s.table()), after);
                }
                List<String> out = new ArrayList<>(d.createTypes(after));
                out.addAll(d.addColumn(after, s.column()));
                yield out;
            }
            case Step.DropColumn s -> {
                List<String> out = new ArrayList<>();
                out.add("ALTER TABLE " + d.quote(s.table()) + " DROP COLUMN " + d.quote(s.column().name()));
                out.addAll(d.dropUnusedTypes(List.of(s.column())));
                yield out;
            }
            case Step.RenameColumn s -> List.of("ALTER TABLE " + d.quote(s.table()) + " RENAME COLUMN " + d.quote(s.from()) + " TO "
                    + d.quote(s.to()));
            case Step.AlterColumn s -> {
                Table after = state.table(s.table());
                if (d.rebuildsTables()) {
                    yield rebuild(d, before.table(s.table()), after);
                }
                List<String> out = new ArrayList<>(d.createTypes(after));
                out.addAll(d.alterColumn(after, s.from(), s.to()));
                yield out;
            }
            case Step.CreateIndex s -> {
                List<String> out = new ArrayList<>(resized(d, before.table(s.table()), state.table(s.table())));
                out.addAll(d.createIndex(state.table(s.table()), s.index()));
                yield out;
            }
            case Step.DropIndex s -> {
                List<String> out = new ArrayList<>();
                out.add(d.dropIndex(before.table(s.table()), s.index()));
                out.addAll(resized(d, before.table(s.table()), state.table(s.table())));
                yield out;
            }
            case Step.AddForeignKey s -> {
                if (d.rebuildsTables()) {
                    yield rebuild(d, before.table(s.table()), state.table(s.table()));
                }
                var fk = s.foreignKey();
                yield List.of("ALTER TABLE " + d.quote(s.table()) + " ADD CONSTRAINT " + d.quote(fk.name()) + " FOREIGN KEY ("
                        + names(d, fk.columns()) + ") REFERENCES " + d.quote(fk.referencedTable()) + " (" + names(d, fk.referencedColumns())
                        + ") ON DELETE " + fk.onDelete().name().replace('_', ' '));
            }
            case Step.DropForeignKey s -> {
                if (d.rebuildsTables()) {
                    yield rebuild(d, before.table(s.table()), state.table(s.table()));
                }
                yield List.of(d.dropForeignKey(before.table(s.table()), s.foreignKey()));
            }
            case Step.Sql s -> s.forBackend(d.name());
            case Step.Irreversible s -> throw new IllegalStateException("an irreversible step has no SQL: " + s.reason());
        };
    }

    /** SQLite's way to change what {@code ALTER TABLE} cannot: the table made anew as {@code after}, with the shared columns' rows. */
    private static List<String> rebuild(SqlDialect d, Table before, Table after) {
        String scratch = "toasty_rebuild_" + after.name();
        Table fresh = new Table(scratch, after.columns(), after.primaryKey(), List.of(), after.foreignKeys());
        List<String> shared = after.columns().stream().map(Column::name).filter(n -> SchemaState.columnOf(before, n) != null).toList();
        String columns = shared.stream().map(d::quote).collect(Collectors.joining(", "));
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + SchemaSql.definition(d, fresh));
        out.add("INSERT INTO " + d.quote(scratch) + " (" + columns + ") SELECT " + columns + " FROM " + d.quote(before.name()));
        out.add("DROP TABLE " + d.quote(before.name()));
        out.add("ALTER TABLE " + d.quote(scratch) + " RENAME TO " + d.quote(after.name()));
        for (TableIndex index : after.indexes()) {
            out.addAll(d.createIndex(after, index));
        }
        return out;
    }

    /** The columns whose type follows the indexes they are in (MySQL's indexed text), modified where a step changed it. */
    private static List<String> resized(SqlDialect d, Table before, Table after) {
        List<String> out = new ArrayList<>();
        for (Column c : after.columns()) {
            Column old = SchemaState.columnOf(before, c.name());
            if (old != null && !d.columnType(before, old).equals(d.columnType(after, c))) {
                out.add(d.modifyColumn(after, c));
            }
        }
        return out;
    }

    private static String names(SqlDialect d, List<Column> columns) {
        return columns.stream().map(c -> d.quote(c.name())).collect(Collectors.joining(", "));
    }
}
