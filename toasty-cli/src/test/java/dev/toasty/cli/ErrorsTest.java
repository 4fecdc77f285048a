package dev.toasty.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in a call end with one line on standard error and exit 2; a stack trace only with --stacktrace. */
class ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBadUrlIsOneLineWithoutAStackTrace() {
        Cli.Run run = Cli.raw("migrate", "--url", "oracle://db:1521/app", "--classpath", Cli.testClasses().toString(),
                "--models", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("toasty migrate: Unsupported database URL scheme in 'oracle://db:1521/app'");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void stacktraceShowsWhere() {
        Cli.Run run = Cli.raw("migrate", "--url", "oracle://db:1521/app", "--classpath", Cli.testClasses().toString(),
                "--models", "dev.toasty.cli.app.v1", "--stacktrace");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.err()).contains("dev.toasty.ConnectionException", "\tat ");
    }

    @Test
    void noModelsFoundSaysHowToFixIt() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        Cli.Run run = Cli.raw("check", "--classpath", classes.toString());

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("toasty check: No models found: no META-INF/toasty/models in " + classes)
                .contains("Toasty annotation processor (toasty-processor)", "--models com.acme.User");
    }

    @Test
    void modelsByClassNameNeedNoIndex() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        Cli.Run run = Cli.raw("check", "--classpath", classes.toString(), "--dir", dir.resolve("migrations").toString(),
                "--models", "dev.toasty.cli.app.v1.Author");

        assertThat(run.code()).as(run.err()).isEqualTo(ToastyCli.DRIFT);
        assertThat(run.out()).contains("create table cli_authors");
    }

    @Test
    void aHandWrittenIndexIsRead() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF/toasty")).getParent().getParent();
        Files.writeString(classes.resolve("META-INF/toasty/models"), "# written by hand\ndev.toasty.cli.app.v2.Note\n");

        Cli.Run run = Cli.raw("check", "--classpath", classes.toString(), "--dir", dir.resolve("migrations").toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ToastyCli.DRIFT);
        assertThat(run.out()).contains("create table cli_notes").doesNotContain("cli_authors");
    }

    @Test
    void aClassThatIsNoModel() {
        Cli.Run run = Cli.raw("check", "--classpath", Cli.testClasses().toString(), "--models", "java.lang.String");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).containsExactly("toasty check: java.lang.String is not a @Model class");
    }

    @Test
    void aNameThatIsNeitherClassNorPackage() {
        Cli.Run run = Cli.raw("check", "--classpath", Cli.testClasses().toString(), "--models", "com.nowhere");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().startsWith("toasty check: --models com.nowhere: no such class");
    }

    @Test
    void aPackageNeedsAnIndex() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        Cli.Run run = Cli.raw("check", "--classpath", classes.toString(), "--models", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().endsWith("no META-INF/toasty/models to find a package's models in "
                + "(the Toasty annotation processor writes it)");
    }

    @Test
    void aMissingClassPathEntry() {
        Cli.Run run = Cli.raw("check", "--classpath", dir.resolve("target/classes").toString());

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("does not exist: compile the application first");
    }

    @Test
    void migrateNeedsAUrl() {
        assumeTrue(System.getenv("TOASTY_URL") == null, "TOASTY_URL would be used");
        Cli.Run run = Cli.raw("migrate", "--classpath", Cli.testClasses().toString(), "--models", "dev.toasty.cli.app.v1");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().startsWith("toasty migrate: No database URL: pass --url");
    }

    @Test
    void anUnknownOptionIsAUsageMistake() {
        Cli.Run run = Cli.raw("migrate", "--no-such-option");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.err()).startsWith("Unknown option: '--no-such-option'");
    }
}
