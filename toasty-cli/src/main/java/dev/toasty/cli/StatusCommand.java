package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationState;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;

/** {@code toasty status}: every migration of the directory and of the database's history, with where it stands. */
@Command(name = "status", sortOptions = false,
        description = "Show every migration of the directory and of the database's history, with its state.")
final class StatusCommand extends MigrationCommand {

    @Override
    int run(Session session, PrintWriter out) {
        List<MigrationInfo> infos = session.migrator().status();
        if (infos.isEmpty()) {
            out.println("no migrations at " + options.location() + " and none in the database's history");
            return ToastyCli.OK;
        }
        StatusTable.print(infos, out);
        for (MigrationInfo info : infos) {
            if (info.state() == MigrationState.FAILED) {
                out.println();
                out.println(label(info) + " failed at step " + (info.stepsDone() + 1) + ": " + info.error());
                out.println("fix the database by hand, then run toasty resume (go on from that step) or toasty repair (forget it)");
            }
        }
        return ToastyCli.OK;
    }
}
