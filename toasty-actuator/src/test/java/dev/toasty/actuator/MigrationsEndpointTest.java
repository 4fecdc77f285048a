package dev.toasty.actuator;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.actuator.notes.Note;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.MigrationSettings;
import dev.toasty.migrate.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code toasty.schema=migrate}, the endpoint shows what the startup migration did and each migration's state. */
class MigrationsEndpointTest {

    @TempDir
    Path dir;

    @Test
    void showsTheStartupMigrationAndEachMigrationsState() {
        Path migrations = dir.resolve("db");
        String version;
        try (Toasty db = Toasty.builder().url("sqlite::memory:").models(Note.class).build()) {
            Migrator migrator = db.migrator(MigrationSettings.defaults().withLocation("filesystem:" + migrations));
            var init = migrator.generate("notes", GenerateOptions.defaults());
            migrator.write(init, migrations);
            version = init.migration().version();
        }
        NotesApplication.runner().withPropertyValues("toasty.url=sqlite:" + dir.resolve("app.db"), "toasty.schema=migrate",
                "toasty.migrations.location=filesystem:" + migrations).run(context -> {
            MigrationsReport report = context.getBean(ToastyEndpoint.class).toasty().migrations();
            assertThat(report.location()).isEqualTo("filesystem:" + migrations);
            assertThat(report.applied()).containsExactly(version);
            assertThat(report.startupMs()).isGreaterThanOrEqualTo(0);
            assertThat(report.migrations()).singleElement().satisfies(info -> {
                assertThat(info.version()).isEqualTo(version);
                assertThat(info.description()).isEqualTo("notes");
                assertThat(info.state()).isEqualTo(MigrationState.APPLIED);
                assertThat(info.checksum()).hasSize(64);
                assertThat(info.installedOn()).isNotNull();
            });
        });
    }

    @Test
    void isAbsentWhenTheApplicationDoesNotMigrate() {
        NotesApplication.runner().run(context -> assertThat(context.getBean(ToastyEndpoint.class).toasty().migrations()).isNull());
    }
}
