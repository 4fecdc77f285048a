package dev.toasty.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, the CI drift gate: exit 1 with each difference, exit 0 when the models match; no database needed. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void driftExitsOneAndListsEachDifference() {
        Cli.Run run = new Cli(dir).run("check", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isEqualTo(ToastyCli.DRIFT);
        assertThat(run.out()).contains("the models differ", "  create table cli_authors",
                "  create unique index ux_cli_authors_email on cli_authors", "toasty generate");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void afterGenerateTheModelsMatch() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("generate", "dev.toasty.cli.app.v1", "init").code()).isZero();

        Cli.Run run = cli.run("check", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("the models match the migrations" + System.lineSeparator());
    }

    @Test
    void aChangedModelIsDrift() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("generate", "dev.toasty.cli.app.v1", "init").code()).isZero();

        Cli.Run run = cli.run("check", "dev.toasty.cli.app.v2");

        assertThat(run.code()).isEqualTo(ToastyCli.DRIFT);
        assertThat(run.out()).contains("  add column cli_authors.bio", "  create table cli_notes");
    }

    @Test
    void needsNoDatabaseUrl() {
        assumeTrue(System.getenv("TOASTY_URL") == null, "TOASTY_URL would be used");
        Cli.Run run = Cli.raw("check", "--dir", dir.resolve("migrations").toString(), "--classpath", Cli.testClasses().toString(),
                "--models", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isEqualTo(ToastyCli.DRIFT);
        assertThat(run.out()).contains("create table cli_authors");
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
    }
}
