package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.models.Team;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Interactive transactions: commit on return, roll back on any throwable, nesting joins; refused where absent. */
class TransactionTest {

    private static List<String> names(Toasty db) {
        return db.query(User.class).orderBy(User_.name.asc()).list().stream().map(User::name).toList();
    }

    @DriverTest
    @Requires("transactions")
    @Requires("arbitraryOrder")
    void aTransactionThatReturnsCommitsEveryWrite(Toasty db) {
        db.transaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            tx.insert(User.of("Bob", "bob@x", 2));
        });
        assertThat(names(db)).containsExactly("Ann", "Bob");
    }

    @DriverTest
    @Requires("transactions")
    void anExceptionRollsBackEveryWriteAndPropagatesUnchanged(Toasty db) {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            tx.insert(User.of("Bob", "bob@x", 2));
            throw boom;
        })).isSameAs(boom);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void anErrorRollsBackToo(Toasty db) {
        AssertionError error = new AssertionError("fatal");
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            throw error;
        })).isSameAs(error);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void updatesAndDeletesAreRolledBack(Toasty db) {
        User ann = db.insert(User.of("Ann", "ann@x", 1));
        User bob = db.insert(User.of("Bob", "bob@x", 2));
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.update(ann.withName("Changed"));
            tx.update(User.class).set(User_.age, 99).all().execute();
            tx.delete(bob);
            throw new IllegalArgumentException("undo");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("undo");
        assertThat(db.get(User.class, ann.id())).isEqualTo(ann);
        assertThat(db.get(User.class, bob.id())).isEqualTo(bob);
    }

    @DriverTest
    @Requires("transactions")
    void inTransactionReturnsTheResultAndCommits(Toasty db) {
        Long id = db.inTransaction(tx -> {
            User ann = tx.insert(User.of("Ann", "ann@x", 1));
            tx.insert(User.of("Bob", "bob@x", 2));
            return ann.id();
        });
        assertThat(id).isNotNull();
        assertThat(db.get(User.class, id).name()).isEqualTo("Ann");
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @DriverTest
    @Requires("transactions")
    void inTransactionRollsBackWhenItThrows(Toasty db) {
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            if (tx.query(User.class).count() == 1) {
                throw new IllegalStateException("after the insert");
            }
            return 1;
        })).isInstanceOf(IllegalStateException.class).hasMessage("after the insert");
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void readsInsideTheTransactionSeeItsOwnWrites(Toasty db) {
        long seen = db.inTransaction(tx -> {
            tx.insertAll(List.of(User.of("Ann", "ann@x", 1), User.of("Bob", "bob@x", 2)));
            return tx.query(User.class).where(User_.name.eq("Bob")).count();
        });
        assertThat(seen).isEqualTo(1);
    }

    @DriverTest
    @Requires("transactions")
    void callsOnTheOuterInstanceJoinTheTransaction(Toasty db) {
        assertThatThrownBy(() -> db.transaction(ignored -> {
            db.insert(User.of("Ann", "ann@x", 1));
            db.insertAll(List.of(User.of("Bob", "bob@x", 2), User.of("Cy", "cy@x", 3)));
            db.insert(new Team("core", 1, "Core"));
            assertThat(db.query(User.class).count()).isEqualTo(3);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.query(User.class).count()).isZero();
        assertThat(db.query(Team.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void aNestedTransactionJoinsTheOuterOne(Toasty db) {
        assertThatThrownBy(() -> db.transaction(outer -> {
            outer.insert(User.of("Ann", "ann@x", 1));
            outer.transaction(inner -> inner.insert(User.of("Bob", "bob@x", 2)));
            String name = outer.inTransaction(inner -> inner.insert(User.of("Cy", "cy@x", 3)).name());
            assertThat(name).isEqualTo("Cy");
            throw new IllegalStateException("outer fails after the nested ones returned");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    void aNestedFailureRollsBackTheOuterWork(Toasty db) {
        IllegalStateException inner = new IllegalStateException("inner");
        assertThatThrownBy(() -> db.transaction(outer -> {
            outer.insert(User.of("Ann", "ann@x", 1));
            outer.transaction(tx -> {
                tx.insert(User.of("Bob", "bob@x", 2));
                throw inner;
            });
        })).isSameAs(inner);
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    @Requires("arbitraryOrder")
    void aUniqueViolationRollsBackTheEarlierWrites(Toasty db) {
        db.insert(User.of("Existing", "taken@x", 0));
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            tx.update(User.class).set(User_.age, 50).where(User_.name.eq("Existing")).execute();
            tx.insert(User.of("Bob", "taken@x", 2));
        })).isInstanceOf(UniqueViolationException.class);
        assertThat(names(db)).containsExactly("Existing");
        assertThat(db.query(User.class).one().age()).isZero();
    }

    @DriverTest
    @Requires("transactions")
    @Requires("arbitraryOrder")
    void theInstanceWorksNormallyAfterARollback(Toasty db) {
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Ann", "ann@x", 1));
            throw new IllegalStateException("first");
        })).isInstanceOf(IllegalStateException.class);
        db.insert(User.of("Ann", "ann@x", 1));
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Bob", "bob@x", 2));
            throw new IllegalStateException("second");
        })).isInstanceOf(IllegalStateException.class);
        db.transaction(tx -> tx.insert(User.of("Cy", "cy@x", 3)));
        assertThat(names(db)).containsExactly("Ann", "Cy");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @DriverTest
    @Requires("transactions")
    void aCheckedExceptionSmuggledOutOfTheLambdaRollsBack(Toasty db) {
        // Regression: only runtime exceptions rolled back; a "sneaky" checked exception (Lombok, Kotlin)
        // reached the auto-commit reset, which commits by the JDBC rules.
        assertThatThrownBy(() -> db.transaction(tx -> {
            tx.insert(User.of("Sneaky", "sneaky@x", 1));
            sneakyThrow(new java.io.IOException("checked"));
        })).isInstanceOf(java.io.IOException.class);
        assertThat(db.query(User.class).count()).isZero();
    }

    /** Without transactions both entry points are refused before the work runs: nothing is written. */
    @DriverTest
    @Requires(value = "transactions", absent = true)
    void transactionsAreRefusedBeforeAnyWorkRuns(Toasty db, Recorder recorder) {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> db.transaction(tx -> {
            calls.incrementAndGet();
            tx.insert(User.of("Ann", "ann@x", 1));
        })).isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("interactive transactions");
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            calls.incrementAndGet();
            return tx.insert(User.of("Bob", "bob@x", 2));
        })).isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("interactive transactions");
        assertThat(calls).hasValue(0);
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(User.class).count()).isZero();
        // what the refusal points to instead: insertAll writes a batch at once
        assertThat(db.insertAll(List.of(User.of("Ann", "ann@x", 1), User.of("Bob", "bob@x", 2)))).hasSize(2);
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @DriverTest
    void aClosedToastyRefusesWork(Backend backend) {
        Toasty own = Toasty.builder().url(backend.url()).models(User.class).build();
        own.close();
        assertThatThrownBy(() -> own.query(User.class).count()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
