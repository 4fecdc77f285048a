package dev.toasty.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code toasty} command line: generates migrations from the application's models and applies, rolls back,
 * checks and shows them. Exit codes: {@value #OK} done, {@value #DRIFT} the models differ from the migrations
 * ({@code check}), {@value #USER_ERROR} a mistake in the call or an error Toasty reported, {@value #INTERNAL_ERROR} a
 * failure Toasty did not expect.
 */
@Command(name = "toasty", mixinStandardHelpOptions = true, version = "toasty 0.1.0-SNAPSHOT",
        description = "Schema and migration tools for Toasty.",
        subcommands = {GenerateCommand.class, MigrateCommand.class, RollbackCommand.class, StatusCommand.class,
                ValidateCommand.class, CheckCommand.class, SqlCommand.class, BaselineCommand.class, RepairCommand.class,
                ResumeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the models differ from the migrations (check), 2 a usage mistake or an error "
                + "Toasty reported, 3 an unexpected failure."})
public final class ToastyCli implements Callable<Integer> {

    static final int OK = 0;
    static final int DRIFT = 1;
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    /** Without a command: the usage on standard error, as a usage mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USER_ERROR;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ToastyCli()).execute(args));
    }
}
