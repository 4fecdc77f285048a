package dev.toasty.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * Runs the command line in-process, as {@code main} does without the exit, against a SQLite file and a migrations
 * directory of a test's own, with the test classes (and the index the processor wrote for them) as the application.
 */
final class Cli {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path database;
    private final Path migrations;

    Cli(Path dir) {
        this.database = dir.resolve("app.db");
        this.migrations = dir.resolve("migrations");
    }

    Path migrations() {
        return migrations;
    }

    /** Runs {@code command} on the models of {@code models} (a package or class names) with the test's database and directory. */
    Run run(String command, String models, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--url", "sqlite:" + database, "--dir", migrations.toString(),
                "--classpath", testClasses().toString(), "--models", models));
        args.addAll(List.of(more));
        return raw(args.toArray(String[]::new));
    }

    /** Runs the command line with exactly {@code args}. */
    static Run raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ToastyCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The test classes' directory, which holds META-INF/toasty/models for the test models. */
    static Path testClasses() {
        try {
            return Path.of(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
