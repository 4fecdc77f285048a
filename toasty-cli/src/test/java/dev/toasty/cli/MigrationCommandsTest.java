package dev.toasty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and change the database's history, on a real SQLite file. */
class MigrationCommandsTest {

    private static final String V1 = "dev.toasty.cli.app.v1";
    private static final String V2 = "dev.toasty.cli.app.v2";

    @TempDir
    Path dir;

    @Test
    void generateThenMigrateThenStatusShowsApplied() {
        Cli cli = new Cli(dir);
        String version = version(cli.run("generate", V1, "create authors"));

        Cli.Run migrate = cli.run("migrate", V1);
        assertThat(migrate.code()).isZero();
        assertThat(migrate.out()).startsWith("applied V" + version + " (create authors) in ");

        Cli.Run status = cli.run("status", V1);
        assertThat(status.code()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("version +description +state +installed on +ms");
        assertThat(lines.get(1)).matches(version + " +create authors +APPLIED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ +\\d+");

        assertThat(cli.run("migrate", V1).out()).isEqualTo("nothing to migrate: the database is up to date" + System.lineSeparator());
    }

    @Test
    void statusShowsPendingMigrationsWithoutTimes() {
        Cli cli = new Cli(dir);
        String version = version(cli.run("generate", V1, "init"));

        List<String> lines = cli.run("status", V1).out().lines().toList();

        assertThat(lines.get(1)).isEqualTo(version + "  init         PENDING");
    }

    @Test
    void sqlPrintsThePendingStatementsPerMigration() {
        Cli cli = new Cli(dir);
        String version = version(cli.run("generate", V1, "init"));

        Cli.Run sql = cli.run("sql", V1);
        assertThat(sql.code()).isZero();
        assertThat(sql.out().lines().toList()).startsWith("-- V" + version + " (init)", "-- create table cli_authors");
        assertThat(sql.out()).contains("CREATE TABLE `cli_authors`", "CREATE UNIQUE INDEX IF NOT EXISTS `ux_cli_authors_email`");
        assertThat(cli.run("status", V1).out()).as("sql runs nothing").contains("PENDING");

        cli.run("migrate", V1);
        assertThat(cli.run("sql", V1).out()).isEqualTo("-- no pending migrations" + System.lineSeparator());
    }

    @Test
    void rollbackUndoesTheLatestOrEverythingNewerThanAVersion() {
        Cli cli = new Cli(dir);
        String first = version(cli.run("generate", V1, "init"));
        cli.run("migrate", V1);
        String second = version(cli.run("generate", V2, "bio and notes"));
        assertThat(cli.run("migrate", V2).code()).isZero();

        Cli.Run latest = cli.run("rollback", V2);
        assertThat(latest.code()).isZero();
        assertThat(latest.out()).isEqualTo("rolled back V" + second + " (bio and notes)" + System.lineSeparator());
        assertThat(cli.run("status", V2).out()).containsPattern(first + " .*APPLIED").containsPattern(second + " .*PENDING");

        Cli.Run all = cli.run("rollback", V2, "--to", "0");
        assertThat(all.code()).isZero();
        assertThat(all.out()).isEqualTo("rolled back V" + first + " (init)" + System.lineSeparator());
        assertThat(cli.run("rollback", V2, "--to", "0").out()).isEqualTo("nothing to roll back" + System.lineSeparator());
        Cli.Run none = cli.run("rollback", V2);
        assertThat(none.code()).as("the engine refuses a rollback with nothing applied").isEqualTo(ToastyCli.USER_ERROR);
        assertThat(none.errLines()).containsExactly("toasty rollback: Nothing to roll back on sqlite: no migration is applied");
    }

    @Test
    void rollbackToANonVersionIsAUsageMistake() {
        Cli.Run run = new Cli(dir).run("rollback", V1, "--to", "latest");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).containsExactly("toasty rollback: --to latest: a version is digits, as status shows it "
                + "(20261207131500, or 0 for all)");
    }

    @Test
    void anOlderPendingMigrationNeedsOutOfOrder() throws IOException {
        Cli cli = new Cli(dir);
        String both = "dev.toasty.cli.app.v2.Note," + V1 + ".Author";
        Path notes = Path.of(cli.run("generate", "dev.toasty.cli.app.v2.Note", "notes").out().lines().findFirst().orElseThrow());
        Path spare = Files.move(notes, Files.createDirectories(dir.resolve("spare")).resolve("V1__notes.json"));
        Path authors = Path.of(cli.run("generate", V1, "authors").out().lines().findFirst().orElseThrow());
        Files.move(authors, cli.migrations().resolve("V2__authors.json"));
        assertThat(cli.run("migrate", both).out()).startsWith("applied V2 (authors)");
        Files.move(spare, cli.migrations().resolve("V1__notes.json"));

        Cli.Run refused = cli.run("migrate", both);
        assertThat(refused.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(refused.err()).contains("V1 (notes) is pending but older than the latest applied migration V2");
        assertThat(cli.run("validate", both, "--out-of-order").out()).contains("(1 applied, 1 pending)");

        Cli.Run allowed = cli.run("migrate", both, "--out-of-order");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).startsWith("applied V1 (notes)");
        assertThat(cli.run("check", both).code()).isZero();
    }

    @Test
    void validateFailsOnAChangedFileUntilRepaired() throws IOException {
        Cli cli = new Cli(dir);
        Path file = Path.of(cli.run("generate", V1, "init").out().lines().findFirst().orElseThrow());
        cli.run("migrate", V1);
        assertThat(cli.run("validate", V1).out()).contains("match the database's history (1 applied, 0 pending)");

        Files.writeString(file, Files.readString(file).replace("\"init\"", "\"init, edited\""));
        Cli.Run changed = cli.run("validate", V1);
        assertThat(changed.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(changed.err()).startsWith("toasty validate: The migrations of").contains("has changed since");

        Cli.Run repair = cli.run("repair", V1);
        assertThat(repair.code()).isZero();
        assertThat(repair.out()).startsWith("took the checksum of");
        assertThat(cli.run("validate", V1).code()).isZero();
        assertThat(cli.run("repair", V1).out()).isEqualTo("nothing to repair" + System.lineSeparator());
    }

    @Test
    void baselineRecordsTheVersionOnceOnly() {
        Cli cli = new Cli(dir);
        cli.run("generate", V1, "init");

        Cli.Run baseline = cli.run("baseline", V1, "--version", "2");
        assertThat(baseline.code()).isZero();
        assertThat(baseline.out()).startsWith("recorded the baseline V2");
        assertThat(cli.run("status", V1).out()).containsPattern("2 +baseline +BASELINE");

        Cli.Run again = cli.run("baseline", V1);
        assertThat(again.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(again.err()).contains("has a migration history already");
    }

    @Test
    void baselineVersionMustBeDigits() {
        Cli.Run run = new Cli(dir).run("baseline", V1, "--version", "one");

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("the baseline version must be digits");
    }

    @Test
    void resumeWithNothingFailedIsAnError() {
        Cli cli = new Cli(dir);
        cli.run("generate", V1, "init");
        cli.run("migrate", V1);

        Cli.Run run = cli.run("resume", V1);

        assertThat(run.code()).isEqualTo(ToastyCli.USER_ERROR);
        assertThat(run.errLines()).singleElement().asString().startsWith("toasty resume: Nothing to resume");
    }

    @Test
    void migrateWithoutMigrationsSaysHowToWriteOne() {
        Cli.Run run = new Cli(dir).run("migrate", V1);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("no migrations at filesystem:", "toasty generate <description>");
    }

    /** The version of the migration a generate run wrote, from the file name it printed. */
    private static String version(Cli.Run generate) {
        assertThat(generate.code()).as(generate.err()).isZero();
        String file = Path.of(generate.out().lines().findFirst().orElseThrow()).getFileName().toString();
        return file.substring(1, file.indexOf("__"));
    }
}
