package dev.toasty.suite.locks;

import dev.toasty.LockNotAvailableException;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.Job;
import dev.toasty.suite.models.Job_;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row locks ({@code forUpdate()}, {@code forShare()}, {@code skipLocked()}, {@code noWait()}) with two real
 * transactions on two threads where the backend has them, and their refusals where it does not or where no
 * transaction runs.
 */
class RowLockTest {

    private static final long HOLD_MILLIS = 500;

    /** Runs the tasks on threads of their own and returns their results, failing on the first that threw. */
    @SafeVarargs
    private static <T> List<T> concurrently(java.util.concurrent.Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(1, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean await(CountDownLatch latch) throws InterruptedException {
        return latch.await(30, TimeUnit.SECONDS);
    }

    @DriverTest
    @Requires("rowLocks")
    void aSecondForUpdateWaitsUntilTheFirstCommitsAndReadsItsValue(Toasty db) throws Exception {
        long id = db.insert(Job.of("a")).id();
        CountDownLatch locked = new CountDownLatch(1);
        long[] firstDone = new long[1];
        long[] second = new long[2];
        concurrently(() -> {
            db.transaction(tx -> {
                Job job = tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().one();
                locked.countDown();
                sleep(HOLD_MILLIS);
                tx.update(job.ran());
                firstDone[0] = System.nanoTime(); // the commit follows: the second cannot read before this
            });
            return null;
        }, () -> {
            assertThat(await(locked)).isTrue();
            long start = System.nanoTime();
            db.transaction(tx -> {
                Job job = tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().one();
                second[0] = System.nanoTime();
                second[1] = job.runs();
            });
            assertThat(second[0] - start).as("the second waited for the lock").isGreaterThan(TimeUnit.MILLISECONDS.toNanos(HOLD_MILLIS / 2));
            return null;
        });
        assertThat(second[0]).as("the second read returned after the first committed").isGreaterThan(firstDone[0]);
        assertThat(second[1]).as("and read the committed value").isEqualTo(1);
    }

    /** Without the lock, two threads that read the same value both write value + 1 and one increment is lost. */
    @DriverTest
    @Requires("rowLocks")
    void readModifyWriteUnderForUpdateLosesNoIncrement(Toasty db, Backend backend) throws Exception {
        int threads = 4;
        int increments = 25;
        long id = db.insert(Job.of("counter")).id();
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.Callable<Void> worker = () -> {
            assertThat(await(start)).isTrue();
            for (int i = 0; i < increments; i++) {
                db.transaction(tx -> tx.update(tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().one().ran()));
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(worker));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(db.get(Job.class, id).runs()).as("increments on " + backend).isEqualTo((long) threads * increments);
    }

    @DriverTest
    @Requires("skipLocked")
    void skipLockedHandsEachWorkerAnotherRow(Toasty db) throws Exception {
        db.insert(Job.of("first"));
        db.insert(Job.of("second"));
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch secondTaken = new CountDownLatch(1);
        List<String> taken = concurrently(() -> db.inTransaction(tx -> {
            Job job = next(tx).orElseThrow();
            tx.update(job.takenBy("a"));
            firstTaken.countDown();
            awaitQuietly(secondTaken); // the other worker takes its row while this one holds the first
            return job.name();
        }), () -> {
            assertThat(await(firstTaken)).isTrue();
            return db.inTransaction(tx -> {
                Job job = next(tx).orElseThrow();
                tx.update(job.takenBy("b"));
                secondTaken.countDown();
                return job.name();
            });
        });
        assertThat(taken).containsExactly("first", "second");
        assertThat(db.query(Job.class).orderBy(Job_.id.asc()).list()).extracting(Job::worker).containsExactly("a", "b");
        java.util.Optional<Job> left = db.inTransaction(tx -> next(tx));
        assertThat(left).as("every job is taken").isEmpty();
    }

    /** The next job no worker took: the queue read of a worker. */
    private static java.util.Optional<Job> next(Toasty tx) {
        return tx.query(Job.class).where(Job_.worker.isNull()).orderBy(Job_.id.asc()).forUpdate().skipLocked().first();
    }

    @DriverTest
    @Requires("nowait")
    void noWaitFailsAtOnceOnALockedRow(Toasty db) throws Exception {
        long id = db.insert(Job.of("a")).id();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch tried = new CountDownLatch(1);
        concurrently(() -> {
            db.transaction(tx -> {
                tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().one();
                locked.countDown();
                awaitQuietly(tried);
            });
            return null;
        }, () -> {
            assertThat(await(locked)).isTrue();
            long start = System.nanoTime();
            try {
                assertThatThrownBy(() -> db.transaction(tx -> tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().noWait().one()))
                        .isInstanceOf(LockNotAvailableException.class)
                        .hasMessageContaining("could not lock a row another transaction holds");
                assertThat(System.nanoTime() - start).as("it did not wait").isLessThan(TimeUnit.SECONDS.toNanos(5));
            } finally {
                tried.countDown();
            }
            return null;
        });
        String again = db.inTransaction(tx -> tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().noWait().one().name());
        assertThat(again).as("free again once the holder committed").isEqualTo("a");
    }

    @DriverTest
    @Requires("sharedLocks")
    void sharedLocksShareButKeepWritersOut(Toasty db) throws Exception {
        long id = db.insert(Job.of("a")).id();
        CountDownLatch shared = new CountDownLatch(2);
        CountDownLatch checked = new CountDownLatch(1);
        java.util.concurrent.Callable<Void> reader = () -> {
            db.transaction(tx -> {
                tx.query(Job.class).where(Job_.id.eq(id)).forShare().noWait().one();
                shared.countDown();
                awaitQuietly(checked);
            });
            return null;
        };
        java.util.concurrent.Callable<Void> writer = () -> {
            try {
                assertThat(await(shared)).as("both readers hold the shared lock at once").isTrue();
                assertThatThrownBy(() -> db.transaction(tx -> tx.query(Job.class).where(Job_.id.eq(id)).forUpdate().noWait().one()))
                        .isInstanceOf(LockNotAvailableException.class);
            } finally {
                checked.countDown();
            }
            return null;
        };
        concurrently(reader, reader, writer);
    }

    @DriverTest
    @Requires("rowLocks")
    void aLockOutsideATransactionIsRefused(Toasty db) {
        db.insert(Job.of("a"));
        assertThatThrownBy(() -> db.query(Job.class).forUpdate().list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a transaction")
                .hasMessageContaining("db.transaction(...)");
        assertThatThrownBy(() -> db.query(Job.class).forShare().first()).isInstanceOf(IllegalStateException.class);
        assertThat(db.query(Job.class).forUpdate().check()).as("checking plans it, it runs nothing").isNotNull();
    }

    @DriverTest
    void misusedLockModifiersAreRefusedOnEveryBackend(Toasty db) {
        assertThatThrownBy(() -> db.query(Job.class).skipLocked().list())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("skipLocked() applies to a row lock");
        assertThatThrownBy(() -> db.query(Job.class).noWait().first())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("noWait() applies to a row lock");
        assertThatThrownBy(() -> db.query(Job.class).forUpdate().skipLocked().noWait())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> db.query(Job.class).forUpdate().count())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("count() does not take a row lock");
    }

    @DriverTest
    @Requires(value = "rowLocks", absent = true)
    void backendsWithoutRowLocksRefuseThemNamingWhatToUse(Toasty db, Backend backend) {
        db.insert(Job.of("a"));
        String instead = backend.capability().has(dev.toasty.driver.Feature.TRANSACTIONS) ? "BEGIN IMMEDIATE" : "@Version";
        assertThatThrownBy(() -> db.query(Job.class).forUpdate().check())
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("row locks")
                .hasMessageContaining(instead);
        assertThatThrownBy(() -> db.query(Job.class).where(Job_.name.eq("a")).forShare().skipLocked().list())
                .isInstanceOf(UnsupportedFeatureException.class);
        if (backend.capability().has(dev.toasty.driver.Feature.TRANSACTIONS)) {
            assertThatThrownBy(() -> db.transaction(tx -> tx.query(Job.class).forUpdate().list()))
                    .as("refused inside a transaction too").isInstanceOf(UnsupportedFeatureException.class);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other thread did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
