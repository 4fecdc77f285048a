package dev.toasty.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code toasty} command line. For now it only reports its version; the schema and migration
 * commands arrive with the migrations feature.
 */
@Command(name = "toasty", mixinStandardHelpOptions = true, version = "toasty 0.1.0-SNAPSHOT",
        description = "Schema and migration tools for Toasty.")
public final class ToastyCli implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ToastyCli()).execute(args));
    }
}
