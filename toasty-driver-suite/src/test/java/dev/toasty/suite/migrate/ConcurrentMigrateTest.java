package dev.toasty.suite.migrate;

import dev.toasty.Migrator;
import dev.toasty.Toasty;
import dev.toasty.migrate.GenerateOptions;
import dev.toasty.migrate.MigrationInfo;
import dev.toasty.migrate.MigrationState;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four application instances starting at once, each with its own Toasty (its own pool), migrate the same database:
 * the lock lets one through at a time, so each pending migration is applied exactly once in all, and none fails.
 */
class ConcurrentMigrateTest {

    private static final int APPLIERS = 4;

    @DriverTest
    void concurrentAppliersApplyEachMigrationOnce(Toasty shared, Backend backend) throws Exception {
        try (Space space = new Space(backend, shared)) {
            Toasty v1 = space.open(Versions.V1);
            Migrator first = space.migrator(v1);
            first.write(first.generate("init", GenerateOptions.defaults()), space.dir());
            Toasty v2 = space.open(Versions.V2);
            Migrator second = space.migrator(v2);
            second.write(second.generate("v2", GenerateOptions.defaults()), space.dir());

            List<Toasty> instances = new ArrayList<>();
            for (int i = 0; i < APPLIERS; i++) {
                instances.add(space.open(Versions.V2));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(APPLIERS);
            List<Future<List<MigrationInfo>>> results = new ArrayList<>();
            for (Toasty instance : instances) {
                Migrator migrator = space.migrator(instance);
                results.add(pool.submit(() -> {
                    start.await();
                    return migrator.migrate();
                }));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<List<MigrationInfo>> result : results) {
                result.get(5, TimeUnit.MINUTES).forEach(info -> applied.add(info.version()));
            }
            pool.shutdown();

            assertThat(applied).as("each migration applied once across the appliers (none lost, none doubled)").hasSize(2).doesNotHaveDuplicates();
            assertThat(space.migrator(v2).status()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
            assertThat(v2.schemaDifferences()).isEmpty();
        }
    }
}
