package dev.toasty.suite.integrity;

import dev.toasty.OptimisticLockException;
import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.Counter;
import dev.toasty.suite.models.Counter_;
import dev.toasty.suite.models.Gauge;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @Version}: every write of an instance checks the version it holds and advances it; a stale one writes nothing. */
class OptimisticLockingTest {

    @DriverTest
    void anInsertStoresTheFirstVersion(Toasty db) {
        Counter counter = db.insert(Counter.of("a"));
        assertThat(counter.version()).isZero();
        assertThat(db.get(Counter.class, counter.id()).version()).isZero();
        Gauge gauge = db.insert(Gauge.of("g", 1.5));
        assertThat(gauge.version()).as("a primitive version starts at 1: its 0 means new").isEqualTo(1);
        assertThat(db.get(Gauge.class, gauge.id()).version()).isEqualTo(1);
    }

    @DriverTest
    void anUpdateAdvancesTheVersionAndAStaleOneChangesNothing(Toasty db) {
        Counter read = db.insert(Counter.of("a"));
        Counter written = db.update(read.withValue(1));
        assertThat(written.version()).isEqualTo(1);
        assertThat(db.get(Counter.class, read.id())).isEqualTo(written);

        assertThatThrownBy(() -> db.update(read.withValue(99)))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("Counter " + read.id() + " at version 0")
                .satisfies(e -> assertThat(((OptimisticLockException) e).model()).isEqualTo("Counter"))
                .satisfies(e -> assertThat(((OptimisticLockException) e).key()).isEqualTo(read.id()));
        assertThat(db.get(Counter.class, read.id()).value()).isEqualTo(1);
        assertThat(db.update(written.withValue(2)).version()).isEqualTo(2);

        Gauge gauge = db.insert(Gauge.of("g", 1));
        Gauge next = db.update(gauge.withReading(2));
        assertThat(next.version()).isEqualTo(2);
        assertThatThrownBy(() -> db.update(gauge.withReading(3))).isInstanceOf(OptimisticLockException.class);
    }

    @DriverTest
    void aStaleDeleteDeletesNothing(Toasty db) {
        Counter read = db.insert(Counter.of("a"));
        Counter written = db.update(read.withValue(1));
        assertThatThrownBy(() -> db.delete(read)).isInstanceOf(OptimisticLockException.class);
        assertThat(db.find(Counter.class, read.id())).isPresent();
        assertThat(db.delete(written)).isTrue();
        assertThat(db.find(Counter.class, read.id())).isEmpty();
        assertThatThrownBy(() -> db.update(written)).as("gone is stale too").isInstanceOf(OptimisticLockException.class);
    }

    @DriverTest
    @Requires("transactions")
    void updateAllWithOneStaleRecordWritesNone(Toasty db) {
        Counter a = db.insert(Counter.of("a"));
        Counter b = db.insert(Counter.of("b"));
        db.update(b.withValue(5));
        assertThatThrownBy(() -> db.updateAll(List.of(a.withValue(1), b.withValue(6))))
                .isInstanceOf(OptimisticLockException.class).hasMessageContaining("record 1");
        assertThat(db.get(Counter.class, a.id()).value()).as("the fresh record was not written either").isZero();
        assertThat(db.get(Counter.class, b.id()).value()).isEqualTo(5);
        List<Counter> both = db.updateAll(List.of(a.withValue(1), db.get(Counter.class, b.id()).withValue(6)));
        assertThat(both).extracting(Counter::version).containsExactly(1L, 2L);
    }

    @DriverTest
    void anUpdateOfAnInstanceWithoutVersionIsRefused(Toasty db) {
        Counter read = db.insert(Counter.of("a"));
        assertThatThrownBy(() -> db.update(new Counter(read.id(), "a", 3, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@Version field version");
        assertThat(db.get(Counter.class, read.id()).value()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void aStaleWriteRollsItsTransactionBack(Toasty db) {
        Counter read = db.insert(Counter.of("a"));
        db.update(read.withValue(1));
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(Counter.of("written first"));
            tx.update(read.withValue(2));
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(db.findBy(Counter_.name, "written first")).isEmpty();
    }

    @DriverTest
    void aRepositorySavesByTheVersionWithoutAQuery(Toasty db, Recorder recorder) {
        CounterRepository counters = new ToastyRepositoryFactory(db).getRepository(CounterRepository.class);
        recorder.clear();
        Counter saved = counters.save(Counter.of("a"));
        assertThat(recorder.count("SELECT")).as("a null version is new: no query to find out").isZero();
        Counter again = counters.save(saved.withValue(1));
        assertThat(again.version()).isEqualTo(1);
        assertThatThrownBy(() -> counters.save(saved.withValue(7))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(counters.saveAll(List.of(Counter.of("b"), again.withValue(2)))).extracting(Counter::version)
                .containsExactly(0L, 2L);
    }

    /**
     * 16 threads each add 1 to one counter 200 times by read-modify-write, retrying on a stale version: no update is
     * lost and none is doubled, so the value and the version end at 3200, and every conflict shows as a retry.
     */
    @DriverTest
    void concurrentReadModifyWriteLosesNoUpdate(Toasty db, Backend backend) throws Exception {
        int threads = 16;
        int increments = 200;
        long id = db.insert(Counter.of("hits")).id();
        AtomicLong retries = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < increments; i++) {
                    while (true) {
                        Counter c = db.get(Counter.class, id);
                        try {
                            db.update(c.withValue(c.value() + 1));
                            break;
                        } catch (OptimisticLockException stale) {
                            retries.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Counter end = db.get(Counter.class, id);
        System.out.println("@Version on " + backend + ": " + threads * increments + " increments, " + retries.get() + " retries");
        assertThat(end.value()).as("lost or doubled updates").isEqualTo((long) threads * increments);
        assertThat(end.version()).isEqualTo((long) threads * increments);
    }
}
