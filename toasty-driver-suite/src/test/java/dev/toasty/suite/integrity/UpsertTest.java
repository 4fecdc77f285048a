package dev.toasty.suite.integrity;

import dev.toasty.Toasty;
import dev.toasty.query.Upsert;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.models.Counter;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Insert-or-update by the key or a unique field, single and bulk, "insert or ignore", on every backend. */
class UpsertTest {

    @DriverTest
    void byTheKeyTheFirstInsertsAndTheSecondUpdates(Toasty db) {
        User first = db.upsert(new User(41L, "Ann", "ann@x", 20, null, null, true));
        assertThat(first).isEqualTo(new User(41L, "Ann", "ann@x", 20, null, null, true));
        User second = db.upsert(new User(41L, "Anna", "anna@x", 21, null, null, false));
        assertThat(second).isEqualTo(new User(41L, "Anna", "anna@x", 21, null, null, false));
        assertThat(db.query(User.class).count()).isEqualTo(1);
        assertThat(db.get(User.class, 41L)).isEqualTo(second);
    }

    @DriverTest
    void byAUniqueFieldTheStoredRecordKeepsItsKey(Toasty db) {
        User inserted = db.upsert(User.of("Ann", "ann@x", 20), Upsert.on(User_.email));
        assertThat(inserted.id()).as("a generated key, read back").isNotNull();
        User updated = db.upsert(User.of("Anna", "ann@x", 30), Upsert.on(User_.email));
        assertThat(updated.id()).isEqualTo(inserted.id());
        assertThat(updated.name()).isEqualTo("Anna");
        assertThat(updated.age()).isEqualTo(30);
        assertThat(db.query(User.class).count()).isEqualTo(1);
    }

    @DriverTest
    void onlyTheFieldsNamedAreUpdated(Toasty db) {
        User inserted = db.upsert(User.of("Ann", "ann@x", 20), Upsert.on(User_.email));
        User updated = db.upsert(User.of("Anna", "ann@x", 99), Upsert.on(User_.email).updating(User_.name));
        assertThat(updated.name()).isEqualTo("Anna");
        assertThat(updated.age()).as("not named, kept").isEqualTo(20);
        assertThat(db.get(User.class, inserted.id())).isEqualTo(updated);
    }

    @DriverTest
    void ignoringLeavesTheStoredRecordAndReturnsIt(Toasty db) {
        User inserted = db.upsert(User.of("Ann", "ann@x", 20), Upsert.on(User_.email).ignoring());
        User again = db.upsert(User.of("Other", "ann@x", 50), Upsert.on(User_.email).ignoring());
        assertThat(again).isEqualTo(inserted);
        assertThat(db.get(User.class, inserted.id()).name()).isEqualTo("Ann");
    }

    @DriverTest
    void upsertAllWritesNewAndExistingTogether(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 20));
        recorder.clear();
        List<User> stored = db.upsertAll(List.of(User.of("Anna", "ann@x", 21), User.of("Bob", "bob@x", 30),
                User.of("Cid", "cid@x", 40)), Upsert.on(User_.email));
        assertThat(stored).extracting(User::name).containsExactly("Anna", "Bob", "Cid");
        assertThat(stored.get(0).id()).isEqualTo(ann.id());
        assertThat(db.query(User.class).count()).isEqualTo(3);
        if (db.capability().has(dev.toasty.driver.Feature.UPSERT)) {
            assertThat(recorder.count("INSERT")).as("one statement for the batch").isEqualTo(1);
        }
    }

    @DriverTest
    void mistakesAreRefusedBeforeAnythingIsWritten(Toasty db) {
        assertThatThrownBy(() -> db.upsert(User.of("Ann", "ann@x", 20), Upsert.on(User_.name)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither the key nor a unique index");
        assertThatThrownBy(() -> db.upsert(User.of("Ann", null, 20), Upsert.on(User_.email)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a value in email");
        assertThatThrownBy(() -> db.upsert(User.of("Ann", "ann@x", 20)))
                .as("on the key, a record without one").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> db.upsertAll(List.of(User.of("A", "a@x", 1), User.of("B", "a@x", 2)), Upsert.on(User_.email)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same email");
        assertThatThrownBy(() -> db.upsert(Counter.of("c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@Version");
        assertThat(db.query(User.class).count()).isZero();
    }

    /** 8 threads upsert the same email 50 times each: one record at the end, no error, its name one of the writers'. */
    @DriverTest
    void concurrentUpsertsOfOneRecordLeaveOne(Toasty db) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    db.upsert(User.of("writer " + me, "same@x", i), Upsert.on(User_.email));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<User> all = db.query(User.class).list();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).name()).startsWith("writer ");
        assertThat(all.get(0).age()).isEqualTo(49);
    }
}
