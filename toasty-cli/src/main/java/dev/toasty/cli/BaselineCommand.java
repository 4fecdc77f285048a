package dev.toasty.cli;

import dev.toasty.migrate.MigrationSettings;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toasty baseline [--version <v>]}: records that a database made before migrations has their schema up to a version. */
@Command(name = "baseline", sortOptions = false,
        description = "Record a baseline for a database made before migrations: the migrations up to the version count as applied.")
final class BaselineCommand extends MigrationCommand {

    @Option(names = "--version", paramLabel = "<version>", description = "The baseline version (default: 1).")
    String version;

    @Override
    MigrationSettings settings(MigrationSettings settings) {
        return version == null ? settings : settings.withBaselineVersion(version);
    }

    @Override
    int run(Session session, PrintWriter out) {
        session.migrator().baseline();
        String recorded = session.migrator().settings().baselineVersion();
        out.println("recorded the baseline V" + recorded + ": migrations up to it count as applied");
        return ToastyCli.OK;
    }
}
