package dev.toasty.suite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.toasty.Toasty;
import dev.toasty.ToastyDataSource;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller's pool that turns auto-commit off: a write outside any transaction (a single insert, which runs
 * without BEGIN/COMMIT, an update, a delete) is committed as auto-commit would, not rolled back when the
 * connection returns; one inside db.transaction(...) still commits or rolls back as a whole.
 */
class AutoCommitOffTest {

    @DriverTest
    @Requires("nativeSql")
    void writesOutsideATransactionAreKeptWhenThePoolTurnsAutoCommitOff(Backend backend) throws Exception {
        Path file = null;
        String url = backend.url();
        if (url.startsWith("sqlite::memory:")) {
            file = Files.createTempFile("toasty-autocommit", ".db");
            url = "sqlite:" + file;
        }
        HikariConfig config = new HikariConfig();
        try (HikariDataSource base = ToastyDataSource.create(url, 2)) {
            base.copyStateTo(config);
        }
        config.setPoolName("auto-commit-off");
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config);
             Toasty manual = Toasty.builder().dataSource(pool).models(User.class).build();
             Toasty check = Toasty.builder().url(url).models(User.class).build()) {
            manual.pushSchema();
            manual.delete(User.class).all().execute();

            User kept = manual.insert(User.of("Kept", "kept@example.com", 1));
            User gone = manual.insert(User.of("Gone", "gone@example.com", 2));
            manual.insertAll(List.of(User.of("Two", "two@example.com", 3), User.of("Three", "three@example.com", 4)));
            manual.update(User.class).set(User_.name, "Renamed").where(User_.id.eq(kept.id())).execute();
            manual.delete(gone);

            assertThat(check.query(User.class).orderBy(User_.age.asc()).list()).extracting(User::name)
                    .containsExactly("Renamed", "Two", "Three");

            try {
                manual.transaction(tx -> {
                    tx.insert(User.of("Rolled back", "rb@example.com", 5));
                    throw new IllegalStateException("stop");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            assertThat(check.query(User.class).count()).isEqualTo(3);
            manual.delete(User.class).all().execute();
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            }
        }
    }
}
