package dev.toasty.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;

/**
 * {@code toasty check}: whether the models differ from the schema the migrations make, for a CI step. Compares models
 * with files only, so it needs no database; exit 1 on a difference.
 */
@Command(name = "check", sortOptions = false,
        description = "Exit 1 and list the differences when the models differ from the schema the migrations make; "
                + "reads no database.")
final class CheckCommand extends MigrationCommand {

    @Override
    boolean needsDatabase() {
        return false;
    }

    @Override
    int run(Session session, PrintWriter out) {
        List<String> drift = session.migrator().drift();
        if (drift.isEmpty()) {
            out.println("the models match the migrations");
            return ToastyCli.OK;
        }
        out.println("the models differ from what the migrations at " + options.location() + " make:");
        drift.forEach(difference -> out.println("  " + difference));
        out.println("write the migration with toasty generate <description>");
        return ToastyCli.DRIFT;
    }
}
