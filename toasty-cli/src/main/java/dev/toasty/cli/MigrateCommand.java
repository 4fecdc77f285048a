package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toasty migrate}: applies the pending migrations in version order. */
@Command(name = "migrate", sortOptions = false, description = "Apply the pending migrations, in version order.")
final class MigrateCommand extends MigrationCommand {

    @Option(names = "--out-of-order",
            description = "Allow a pending migration older than the latest applied one (two branches merged).")
    boolean outOfOrder;

    @Override
    MigrationSettings settings(MigrationSettings settings) {
        return settings.withOutOfOrder(outOfOrder);
    }

    @Override
    int run(Session session, PrintWriter out) {
        if (session.migrator().migrations().isEmpty()) {
            out.println("no migrations at " + options.location() + ": write the first with toasty generate <description>");
            return ToastyCli.OK;
        }
        List<MigrationInfo> applied = session.migrator().migrate();
        if (applied.isEmpty()) {
            out.println("nothing to migrate: the database is up to date");
        }
        for (MigrationInfo info : applied) {
            out.println("applied " + label(info) + " in " + info.executionMs() + " ms");
        }
        return ToastyCli.OK;
    }
}
