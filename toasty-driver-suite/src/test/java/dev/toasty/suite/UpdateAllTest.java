package dev.toasty.suite;

import dev.toasty.RecordNotFoundException;
import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code updateAll}: every record written in one batch, all or nothing; refused where there are no transactions. */
class UpdateAllTest {

    private static List<User> users(Toasty db, int n) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(User.of("user " + i, "u" + i + "@x", i));
        }
        return db.insertAll(users);
    }

    @DriverTest
    @Requires("transactions")
    void writesEveryRecordAsOneBatch(Toasty db, Recorder recorder) {
        List<User> stored = users(db, 250);
        List<User> changed = stored.stream().map(u -> u.withName(u.name() + " renamed").withActive(u.age() % 2 == 0)).toList();
        recorder.clear();
        assertThat(db.updateAll(changed)).isEqualTo(changed);
        assertThat(recorder.count("UPDATE")).as("one batch for the 250 updates").isEqualTo(1);
        assertThat(db.query(User.class).orderBy(User_.age.asc()).list()).isEqualTo(changed);
    }

    @DriverTest
    @Requires("transactions")
    void aMissingRecordChangesNothing(Toasty db) {
        List<User> stored = users(db, 3);
        db.delete(stored.get(2));
        List<User> changed = stored.stream().map(u -> u.withName("changed")).toList();
        assertThatThrownBy(() -> db.updateAll(changed)).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("record 2 of the list").hasMessageContaining("nothing was updated");
        assertThat(db.query(User.class).orderBy(User_.age.asc()).list()).isEqualTo(stored.subList(0, 2));
    }

    @DriverTest
    @Requires("transactions")
    void aFailingWriteRollsBackTheWholeBatch(Toasty db) {
        List<User> stored = users(db, 3);
        User duplicate = new User(stored.get(2).id(), "c", stored.get(0).email(), 2, null, null, true);
        List<User> changed = List.of(stored.get(0).withName("a changed"), stored.get(1).withName("b changed"), duplicate);
        assertThatThrownBy(() -> db.updateAll(changed)).isInstanceOf(UniqueViolationException.class);
        assertThat(db.query(User.class).orderBy(User_.age.asc()).list()).isEqualTo(stored);
    }

    @DriverTest
    @Requires("transactions")
    void stringsThatLookLikeSqlAreStoredVerbatim(Toasty db) {
        User stored = users(db, 1).get(0);
        User tricky = stored.withName("x'); DROP TABLE users; --");
        db.updateAll(List.of(tricky));
        assertThat(db.get(User.class, stored.id())).isEqualTo(tricky);
    }

    @DriverTest
    @Requires(value = "transactions", absent = true)
    void isRefusedWithoutTransactions(Toasty db, Recorder recorder) {
        List<User> stored = users(db, 2);
        recorder.clear();
        assertThatThrownBy(() -> db.updateAll(stored)).isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("updateAll").hasMessageContaining("update(record)");
        assertThat(recorder.statements()).isEmpty();
    }
}
