package dev.toasty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} writes the next migration file from the models, prints its path and steps, and holds back drops. */
class GenerateCommandTest {

    private static final String V1 = "dev.toasty.cli.app.v1";
    private static final String V2 = "dev.toasty.cli.app.v2";

    @TempDir
    Path dir;

    @Test
    void writesTheMigrationAndPrintsItsPathAndSteps() throws IOException {
        Cli cli = new Cli(dir);
        Cli.Run run = cli.run("generate", V1, "create", "authors");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = Path.of(run.out().lines().findFirst().orElseThrow());
        assertThat(file.getParent()).isEqualTo(cli.migrations());
        assertThat(file.getFileName().toString()).matches("V[0-9]{14}__create_authors\\.json");
        assertThat(Files.readString(file)).contains("\"createTable\" : \"cli_authors\"");
        assertThat(run.out()).contains("  create table cli_authors", "  create unique index ux_cli_authors_email on cli_authors");
    }

    @Test
    void nothingChangedIsNoChangeAndExitZero() throws IOException {
        Cli cli = new Cli(dir);
        assertThat(cli.run("generate", V1, "init").code()).isZero();

        Cli.Run again = cli.run("generate", V1, "again");

        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo("no changes: the models match the migrations" + System.lineSeparator());
        assertThat(files(cli)).hasSize(1);
    }

    @Test
    void holdsBackADropUntilAllowed() throws IOException {
        Cli cli = new Cli(dir);
        assertThat(cli.run("generate", V2, "authors with bio and notes").code()).isZero();

        Cli.Run held = cli.run("generate", "dev.toasty.cli.app.v2.Note," + V1 + ".Author", "drop the bio");
        assertThat(held.code()).isZero();
        assertThat(held.out()).startsWith("no migration written: every change may lose data").contains("held back", "drop column cli_authors.bio would delete its values");
        assertThat(files(cli)).hasSize(1);

        Cli.Run allowed = cli.run("generate", "dev.toasty.cli.app.v2.Note," + V1 + ".Author", "drop the bio", "--allow-destructive");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("drop column cli_authors.bio").doesNotContain("held back");
        assertThat(files(cli)).hasSize(2);
    }

    @Test
    void renamesATableWhenTold() throws IOException {
        Cli cli = new Cli(dir);
        assertThat(cli.run("generate", V1, "init").code()).isZero();

        Cli.Run run = cli.run("generate", "dev.toasty.cli.app.renamed", "rename authors", "--rename", "cli_authors=cli_writers");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("rename table cli_authors to cli_writers").doesNotContain("drop table", "held back");
        assertThat(cli.run("check", "dev.toasty.cli.app.renamed").code()).isZero();
    }

    @Test
    void refusesToWriteIntoTheClassPath() {
        Cli.Run run = Cli.raw("generate", "init", "--dir", "classpath:db/toasty", "--classpath", Cli.testClasses().toString(),
                "--models", V1);

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).containsExactly("toasty generate: generate writes a file, so --dir must be a directory, "
                + "not classpath:db/toasty");
    }

    private static List<Path> files(Cli cli) throws IOException {
        try (Stream<Path> files = Files.list(cli.migrations())) {
            return files.toList();
        }
    }
}
