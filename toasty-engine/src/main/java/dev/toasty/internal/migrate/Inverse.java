package dev.toasty.internal.migrate;

import dev.toasty.migrate.Step;
import dev.toasty.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** The steps that undo a list of resolved steps, in reverse order; hand-written SQL has no inverse. */
final class Inverse {

    private Inverse() {
    }

    /**
     * The down steps of {@code up}. An index or foreign key made on a table the same steps create is not dropped on
     * its own: dropping the table drops it (and MySQL refuses to drop an index a foreign key needs).
     */
    static List<Step> of(List<Step> up) {
        java.util.Set<String> created = new java.util.HashSet<>();
        for (Step step : up) {
            if (step instanceof Step.CreateTable c) {
                created.add(c.table().name());
            }
        }
        List<Step> down = new ArrayList<>();
        for (int i = up.size() - 1; i >= 0; i--) {
            Step step = up.get(i);
            boolean onCreated = step instanceof Step.CreateIndex c && created.contains(c.table())
                    || step instanceof Step.AddForeignKey f && created.contains(f.table());
            if (!onCreated) {
                down.addAll(of(step));
            }
        }
        return List.copyOf(down);
    }

    private static List<Step> of(Step step) {
        return switch (step) {
            case Step.CreateTable s -> List.of(new Step.DropTable(s.table()));
            case Step.DropTable s -> {
                Table t = s.table();
                List<Step> out = new ArrayList<>();
                out.add(new Step.CreateTable(new Table(t.name(), t.columns(), t.primaryKey(), List.of(), t.foreignKeys())));
                t.indexes().forEach(index -> out.add(new Step.CreateIndex(t.name(), index)));
                yield out;
            }
            case Step.RenameTable s -> List.of(new Step.RenameTable(s.to(), s.from()));
            case Step.AddColumn s -> List.of(new Step.DropColumn(s.table(), s.column()));
            case Step.DropColumn s -> List.of(new Step.AddColumn(s.table(), s.column()));
            case Step.RenameColumn s -> List.of(new Step.RenameColumn(s.table(), s.to(), s.from()));
            case Step.AlterColumn s -> List.of(new Step.AlterColumn(s.table(), s.to(), s.from()));
            case Step.CreateIndex s -> List.of(new Step.DropIndex(s.table(), s.index()));
            case Step.DropIndex s -> List.of(new Step.CreateIndex(s.table(), s.index()));
            case Step.AddForeignKey s -> List.of(new Step.DropForeignKey(s.table(), s.foreignKey()));
            case Step.DropForeignKey s -> List.of(new Step.AddForeignKey(s.table(), s.foreignKey()));
            case Step.Sql s -> List.of(new Step.Irreversible("the hand-written step '" + s.description() + "' has no down steps"));
            case Step.Irreversible s -> List.of(s);
        };
    }
}
