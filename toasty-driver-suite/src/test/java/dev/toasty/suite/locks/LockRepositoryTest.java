package dev.toasty.suite.locks;

import dev.toasty.Toasty;
import dev.toasty.spring.data.repository.Lock;
import dev.toasty.spring.data.repository.LockMode;
import dev.toasty.spring.data.repository.Query;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.spring.data.repository.support.ToastyRepositoryFactory;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.Job;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.repository.query.QueryCreationException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @Lock} on repository methods: derived finders and redeclared CRUD finders lock; misuse stops the repository. */
class LockRepositoryTest {

    interface JobRepository extends ToastyRepository<Job, Long> {
        @Lock(value = LockMode.PESSIMISTIC_WRITE, skipLocked = true)
        Optional<Job> findFirstByWorkerIsNullOrderByIdAsc();

        @Lock(value = LockMode.PESSIMISTIC_WRITE, noWait = true)
        Optional<Job> findByName(String name);

        @Lock(LockMode.PESSIMISTIC_READ)
        Page<Job> findByWorkerIsNull(org.springframework.data.domain.Pageable page);

        @Override
        @Lock(LockMode.PESSIMISTIC_WRITE)
        Optional<Job> findById(Long id);
    }

    interface LockedCount extends ToastyRepository<Job, Long> {
        @Lock(LockMode.PESSIMISTIC_WRITE)
        long countByName(String name);
    }

    interface LockedDelete extends ToastyRepository<Job, Long> {
        @Lock(LockMode.PESSIMISTIC_WRITE)
        long deleteByName(String name);
    }

    interface BothModifiers extends ToastyRepository<Job, Long> {
        @Lock(value = LockMode.PESSIMISTIC_WRITE, skipLocked = true, noWait = true)
        List<Job> findByName(String name);
    }

    interface LockedSave extends ToastyRepository<Job, Long> {
        @Override
        @Lock(LockMode.PESSIMISTIC_WRITE)
        <S extends Job> S save(S job);
    }

    interface LockedNativeSql extends ToastyRepository<Job, Long> {
        @Lock(LockMode.PESSIMISTIC_WRITE)
        @Query("SELECT * FROM jobs WHERE name = :name")
        List<Job> named(String name);
    }

    interface LockedFinder extends ToastyRepository<Job, Long> {
        @Lock(LockMode.PESSIMISTIC_WRITE)
        List<Job> findByName(String name);
    }

    private static <R> R repository(Toasty db, Class<R> type) {
        return new ToastyRepositoryFactory(db).getRepository(type);
    }

    @DriverTest
    @Requires("skipLocked")
    void aSkipLockedFinderHandsTwoWorkersTwoJobs(Toasty db) throws Exception {
        JobRepository jobs = repository(db, JobRepository.class);
        db.insertAll(List.of(Job.of("first"), Job.of("second")));
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch secondTaken = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> db.inTransaction(tx -> {
                Job job = jobs.findFirstByWorkerIsNullOrderByIdAsc().orElseThrow();
                firstTaken.countDown();
                await(secondTaken);
                return job.name();
            }));
            Future<String> b = pool.submit(() -> {
                await(firstTaken);
                return db.inTransaction(tx -> {
                    Job job = jobs.findFirstByWorkerIsNullOrderByIdAsc().orElseThrow();
                    secondTaken.countDown();
                    return job.name();
                });
            });
            assertThat(List.of(a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES))).containsExactly("first", "second");
        } finally {
            pool.shutdownNow();
        }
    }

    @DriverTest
    @Requires("nowait")
    void aNoWaitFinderFailsAsCannotAcquireLock(Toasty db) throws Exception {
        JobRepository jobs = repository(db, JobRepository.class);
        long id = db.insert(Job.of("a")).id();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch tried = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<?> holder = pool.submit(() -> db.transaction(tx -> {
                assertThat(jobs.findById(id)).isPresent();
                locked.countDown();
                await(tried);
            }));
            await(locked);
            try {
                assertThatThrownBy(() -> db.transaction(tx -> jobs.findByName("a")))
                        .isInstanceOf(CannotAcquireLockException.class);
            } finally {
                tried.countDown();
            }
            holder.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    @DriverTest
    @Requires("rowLocks")
    void lockingFindersNeedATransactionAndAPageCountsWithoutTheLock(Toasty db) {
        JobRepository jobs = repository(db, JobRepository.class);
        long id = db.insert(Job.of("a")).id();
        assertThatThrownBy(() -> jobs.findById(id)).hasMessageContaining("needs a transaction");
        assertThatThrownBy(() -> jobs.findByName("a")).hasMessageContaining("needs a transaction");
        Page<Job> page = db.inTransaction(tx -> jobs.findByWorkerIsNull(PageRequest.of(0, 10)));
        assertThat(page.getTotalElements()).isEqualTo(1);
        Optional<Job> locked = db.inTransaction(tx -> jobs.findById(id));
        assertThat(locked).isPresent();
    }

    @DriverTest
    void misusedLocksStopTheRepositoryNamingTheMethod(Toasty db) {
        assertThatThrownBy(() -> repository(db, LockedCount.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("countByName").hasMessageContaining("a count reads none");
        assertThatThrownBy(() -> repository(db, LockedDelete.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("deleteByName").hasMessageContaining("a delete locks the rows it deletes");
        assertThatThrownBy(() -> repository(db, BothModifiers.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("findByName").hasMessageContaining("choose one");
        assertThatThrownBy(() -> repository(db, LockedSave.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("save").hasMessageContaining("@Lock applies to derived finders");
    }

    @DriverTest
    @Requires("nativeSql")
    void aLockOnNativeSqlIsRefused(Toasty db) {
        assertThatThrownBy(() -> repository(db, LockedNativeSql.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("named").hasMessageContaining("write FOR UPDATE or FOR SHARE in the SQL");
    }

    @DriverTest
    @Requires(value = "rowLocks", absent = true)
    void backendsWithoutRowLocksRefuseLockedMethodsAtStartup(Toasty db) {
        assertThatThrownBy(() -> repository(db, LockedFinder.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("findByName").hasMessageContaining("row locks");
        assertThatThrownBy(() -> repository(db, JobRepository.class)).isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("row locks");
    }

    private static void await(CountDownLatch latch) {
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
