package dev.toasty.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

/** {@code toasty sql}: the statements each pending migration would run on this database, without running them. */
@Command(name = "sql", sortOptions = false,
        description = "Print the statements each pending migration would run on this database; runs nothing.")
final class SqlCommand extends MigrationCommand {

    @Override
    int run(Session session, PrintWriter out) {
        Map<String, List<String>> preview = session.migrator().preview();
        if (preview.isEmpty()) {
            out.println("-- no pending migrations");
            return ToastyCli.OK;
        }
        boolean first = true;
        for (Map.Entry<String, List<String>> migration : preview.entrySet()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("-- " + migration.getKey());
            migration.getValue().forEach(out::println);
        }
        return ToastyCli.OK;
    }
}
