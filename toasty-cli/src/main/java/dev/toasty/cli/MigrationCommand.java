package dev.toasty.cli;

import dev.toasty.ToastyException;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationSettings;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The frame of every migration command: opens a {@link Session} on the common options, runs the command, and turns a
 * failure into one line on standard error and an exit code (no stack trace unless {@code --stacktrace}). Handling
 * errors here, not in a picocli handler, keeps them the same however the command line is built.
 */
abstract class MigrationCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    /** Runs the command on an open session, printing to {@code out}; returns the exit code. */
    abstract int run(Session session, PrintWriter out);

    /** Whether the command reads the database; one that does not runs on a scratch database when no URL is given. */
    boolean needsDatabase() {
        return true;
    }

    /** The migration settings the command needs, from the defaults at the location of {@code --dir}. */
    MigrationSettings settings(MigrationSettings settings) {
        return settings;
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Session session = Session.open(options, needsDatabase(), this::settings)) {
            return run(session, out);
        } catch (CliException | ToastyException | IllegalArgumentException | IllegalStateException e) {
            return fail(err, message(e), e, ToastyCli.USER_ERROR);
        } catch (NoClassDefFoundError e) {
            return fail(err, "A class the models need is missing from --classpath: " + e.getMessage(), e, ToastyCli.USER_ERROR);
        } catch (RuntimeException | LinkageError e) {
            String what = "Unexpected " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return fail(err, what + " (run again with --stacktrace to see where)", e, ToastyCli.INTERNAL_ERROR);
        } finally {
            out.flush();
        }
    }

    /** {@code V20261207131500 (add user email)}, as the engine names migrations. */
    static String label(MigrationInfo info) {
        return "V" + info.version() + " (" + info.description() + ")";
    }

    private int fail(PrintWriter err, String message, Throwable e, int code) {
        err.println("toasty " + spec.name() + ": " + message);
        if (options.stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
