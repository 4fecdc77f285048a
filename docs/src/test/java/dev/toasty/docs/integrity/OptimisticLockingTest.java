package dev.toasty.docs.integrity;

import dev.toasty.OptimisticLockException;
import dev.toasty.Toasty;
import dev.toasty.docs.Snippets;
import dev.toasty.docs.integrity.versioned.Account;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/integrity.md, run as written there. */
class OptimisticLockingTest {

    @Test
    void aStaleUpdateIsRefused() {
        try (Toasty db = Toasty.builder().models(Account.class).url("sqlite::memory:").build()) {
            db.pushSchema();

            Account opened = db.insert(Account.open("Ann"));       // version 0
            Account mine = db.get(Account.class, opened.id());
            Account theirs = db.get(Account.class, opened.id());

            Account saved = db.update(mine.deposit(10));           // version 1
            assertThatThrownBy(() -> db.update(theirs.deposit(5)))  // still holds version 0
                    .isInstanceOf(OptimisticLockException.class);

            assertThat(opened.version()).isZero();
            assertThat(saved.version()).isEqualTo(1);
            assertThat(db.get(Account.class, opened.id()).balance()).isEqualTo(10);

            Account done = deposit(db, opened.id(), 5);
            assertThat(done.balance()).isEqualTo(15);
            assertThat(done.version()).isEqualTo(2);
        }
    }

    static Account deposit(Toasty db, long id, long amount) {
        while (true) {
            Account current = db.get(Account.class, id);
            try {
                return db.update(current.deposit(amount));
            } catch (OptimisticLockException stale) {
                // another writer was first: read again and retry
            }
        }
    }

    @Test
    void everyJavaBlockOfTheChapterIsCompiledAndRunHere() {
        Snippets.Result result = Snippets.check(List.of(Path.of("integrity.md")), Path.of("src/test/java/dev/toasty/docs/integrity"));
        assertThat(result.blocks()).isGreaterThanOrEqualTo(3);
        assertThat(result.missing()).isEmpty();
    }
}
