package dev.toasty.cli;

import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.Generated;
import dev.toasty.migrate.Step;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toasty generate <description>}: writes the next migration, from the models' difference with the migrations. */
@Command(name = "generate", sortOptions = false,
        description = "Write the next migration: the changes from the schema the migrations make to the one the models declare.")
final class GenerateCommand extends MigrationCommand {

    @Parameters(arity = "1..*", paramLabel = "<description>", description = "What the migration does, in a few words.")
    List<String> words;

    @Option(names = "--rename", paramLabel = "old=new",
            description = "A rename, never guessed: users=members for a table, users.mail=email for a column. Repeatable.")
    Map<String, String> renames = new LinkedHashMap<>();

    @Option(names = "--allow-destructive", description = "Also write changes that may lose data (drops, narrower types).")
    boolean allowDestructive;

    @Override
    boolean needsDatabase() {
        return false;
    }

    @Override
    int run(Session session, PrintWriter out) {
        Path dir = options.directory();
        if (dir == null) {
            throw new CliException("generate writes a file, so --dir must be a directory, not " + options.dir);
        }
        GenerateOptions generate = GenerateOptions.defaults().withAllowDestructive(allowDestructive);
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            generate = generate.withRename(rename.getKey(), rename.getValue());
        }
        Generated generated = session.migrator().generate(String.join(" ", words), generate);
        if (generated.isEmpty()) {
            out.println(generated.heldBack().isEmpty() ? "no changes: the models match the migrations"
                    : "no migration written: every change may lose data");
        } else {
            out.println(session.migrator().write(generated, dir));
            for (Step step : generated.migration().up()) {
                out.println("  " + step.describe());
            }
        }
        if (!generated.heldBack().isEmpty()) {
            out.println("held back, as they may lose data (pass --allow-destructive to write them, or --rename old=new):");
            generated.heldBack().forEach(reason -> out.println("  " + reason));
        }
        return ToastyCli.OK;
    }
}
