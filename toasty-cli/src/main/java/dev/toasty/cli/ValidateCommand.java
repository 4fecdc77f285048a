package dev.toasty.cli;

import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.migrate.MigrationState;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toasty validate}: checks the applied migrations against their files; a mismatch is an error (exit 2). */
@Command(name = "validate", sortOptions = false,
        description = "Check that every applied migration's file is there and unchanged, and that none failed.")
final class ValidateCommand extends MigrationCommand {

    @Option(names = "--out-of-order",
            description = "Allow a pending migration older than the latest applied one (two branches merged).")
    boolean outOfOrder;

    @Override
    MigrationSettings settings(MigrationSettings settings) {
        return settings.withOutOfOrder(outOfOrder);
    }

    @Override
    int run(Session session, PrintWriter out) {
        session.migrator().validate();
        List<MigrationInfo> infos = session.migrator().status();
        long applied = infos.stream().filter(i -> i.state() == MigrationState.APPLIED || i.state() == MigrationState.BASELINE).count();
        long pending = infos.stream().filter(i -> i.state() == MigrationState.PENDING || i.state() == MigrationState.OUT_OF_ORDER).count();
        out.println("the migrations at " + options.location() + " match the database's history (" + applied + " applied, "
                + pending + " pending)");
        return ToastyCli.OK;
    }
}
