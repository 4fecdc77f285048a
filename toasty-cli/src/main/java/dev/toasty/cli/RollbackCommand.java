package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toasty rollback [--to <version>]}: undoes the latest migration, or every one newer than a version. */
@Command(name = "rollback", sortOptions = false,
        description = "Roll back the latest applied migration with its down steps, or with --to every one newer than a version.")
final class RollbackCommand extends MigrationCommand {

    @Option(names = "--to", paramLabel = "<version>",
            description = "Roll back every applied migration newer than this version; 0 rolls back all.")
    String to;

    @Override
    int run(Session session, PrintWriter out) {
        List<MigrationInfo> undone = to == null ? session.migrator().rollback() : session.migrator().rollbackTo(version(to));
        if (undone.isEmpty()) {
            out.println("nothing to roll back");
        }
        for (MigrationInfo info : undone) {
            out.println("rolled back " + label(info));
        }
        return ToastyCli.OK;
    }

    /** The version as the history has it: digits, with the file name's leading V allowed. */
    private static String version(String given) {
        String version = given.startsWith("V") || given.startsWith("v") ? given.substring(1) : given;
        if (!version.matches("[0-9]+(\\.[0-9]+)*")) {
            throw new CliException("--to " + given + ": a version is digits, as status shows it (20261207131500, or 0 for all)");
        }
        return version;
    }
}
