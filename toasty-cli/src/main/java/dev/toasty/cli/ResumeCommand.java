package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/** {@code toasty resume}: goes on with a failed migration from the step it stopped at, once the database was fixed. */
@Command(name = "resume", sortOptions = false,
        description = "Go on with the failed migration from the step it stopped at, after fixing the database by hand.")
final class ResumeCommand extends MigrationCommand {

    @Override
    int run(Session session, PrintWriter out) {
        for (MigrationInfo info : session.migrator().resume()) {
            out.println("applied " + label(info) + " in " + info.executionMs() + " ms");
        }
        return ToastyCli.OK;
    }
}
