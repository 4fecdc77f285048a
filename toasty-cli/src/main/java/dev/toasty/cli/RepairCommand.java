package dev.toasty.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;

/** {@code toasty repair}: forgets failed migrations and those whose files are gone, and takes the files' checksums. */
@Command(name = "repair", sortOptions = false,
        description = "Forget failed migrations and those whose files are gone, and record changed files' checksums.")
final class RepairCommand extends MigrationCommand {

    @Override
    int run(Session session, PrintWriter out) {
        List<String> done = session.migrator().repair();
        if (done.isEmpty()) {
            out.println("nothing to repair");
        }
        done.forEach(out::println);
        return ToastyCli.OK;
    }
}
