package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.event.EngineStats;
import dev.toasty.event.StatementEvent;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsTest {

    private static StatementEvent only(Recorder recorder) {
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static void assertSucceeded(StatementEvent e, String operation) {
        assertThat(e.operation()).isEqualTo(operation);
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.sql()).containsIgnoringCase("users");
        assertThat(e.duration()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(e.failed()).isFalse();
        assertThat(e.error()).isNull();
    }

    private static void insertThree(Toasty db, Recorder recorder) {
        db.insertAll(List.of(User.of("Ann", "ann@x", 20), User.of("Bob", "bob@x", 30), User.of("Cy", "cy@x", 40)));
        recorder.clear();
    }

    @DriverTest
    void aSelectIsPublishedWithTheRowsItReturned(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.age.ge(30)).list();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "SELECT");
        assertThat(e.sql()).startsWithIgnoringCase("SELECT");
        assertThat(e.rows()).isEqualTo(2);
    }

    @DriverTest
    void aSelectOfNothingReportsZeroRows(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.age.gt(99)).first();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "SELECT");
        assertThat(e.rows()).isZero();
    }

    @DriverTest
    void countAndExistsArePublishedAsSuch(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).count();
        assertSucceeded(only(recorder), "COUNT");
        recorder.clear();
        db.query(User.class).where(User_.name.eq("Bob")).exists();
        StatementEvent found = only(recorder);
        assertSucceeded(found, "EXISTS");
        assertThat(found.rows()).isEqualTo(1);
        recorder.clear();
        db.query(User.class).where(User_.name.eq("Nobody")).exists();
        StatementEvent none = only(recorder);
        assertSucceeded(none, "EXISTS");
        assertThat(none.rows()).isZero();
    }

    @DriverTest
    void anInsertIsPublishedWithTheRowsItWrote(Toasty db, Recorder recorder) {
        db.insert(User.of("Ann", "ann@x", 20));
        StatementEvent one = only(recorder);
        assertSucceeded(one, "INSERT");
        assertThat(one.sql()).startsWithIgnoringCase("INSERT");
        assertThat(one.rows()).isEqualTo(1);
        recorder.clear();
        db.insertAll(List.of(User.of("Bob", "bob@x", 30), User.of("Cy", "cy@x", 40), User.of("Di", "di@x", 50)));
        StatementEvent batch = only(recorder);
        assertSucceeded(batch, "INSERT");
        assertThat(batch.rows()).isEqualTo(3);
    }

    @DriverTest
    void updatesArePublishedWithTheRowsTheyChanged(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.update(User.class).set(User_.active, false).where(User_.age.le(30)).execute();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "UPDATE");
        assertThat(e.sql()).startsWithIgnoringCase("UPDATE");
        assertThat(e.rows()).isEqualTo(2);
        recorder.clear();
        db.update(User.class).set(User_.active, false).where(User_.age.gt(99)).execute();
        assertThat(only(recorder).rows()).isZero();
    }

    @DriverTest
    void deletesArePublishedWithTheRowsTheyRemoved(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.delete(User.class).where(User_.age.ge(30)).execute();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "DELETE");
        assertThat(e.sql()).startsWithIgnoringCase("DELETE");
        assertThat(e.rows()).isEqualTo(2);
    }

    @DriverTest
    void everyStatementIsPublishedInOrder(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 20));
        db.get(User.class, ann.id());
        db.query(User.class).count();
        db.query(User.class).exists();
        db.update(ann.withName("Anna"));
        db.delete(ann);
        assertThat(recorder.statements()).extracting(StatementEvent::operation)
                .containsExactly("INSERT", "SELECT", "COUNT", "EXISTS", "UPDATE", "DELETE");
        assertThat(recorder.statements()).allSatisfy(e -> assertThat(e.model()).isEqualTo("User"));
    }

    @DriverTest
    void theSameShapeHasTheSameShapeId(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.name.eq("Ann")).list();
        db.query(User.class).where(User_.name.eq("Bob")).list();
        db.query(User.class).where(User_.name.eq("Ann")).orderBy(User_.age.desc()).list();
        db.query(User.class).where(User_.age.eq(20)).list();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSize(4);
        assertThat(events.get(1).shape()).isEqualTo(events.get(0).shape());
        assertThat(events.get(2).shape()).isNotEqualTo(events.get(0).shape());
        assertThat(events.get(3).shape()).isNotEqualTo(events.get(0).shape()).isNotEqualTo(events.get(2).shape());
    }

    @DriverTest
    void aFailingStatementIsPublishedWithItsError(Toasty db, Recorder recorder) {
        db.insert(User.of("Ann", "ann@x", 20));
        recorder.clear();
        EngineStats before = db.stats();
        assertThatThrownBy(() -> db.insert(User.of("Other", "ann@x", 21))).isInstanceOf(UniqueViolationException.class);
        StatementEvent e = only(recorder);
        assertThat(e.operation()).isEqualTo("INSERT");
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.failed()).isTrue();
        assertThat(e.error()).isInstanceOf(UniqueViolationException.class);
        assertThat(e.rows()).isEqualTo(-1);
        assertThat(e.sql()).isNotBlank();
        assertThat(e.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
        EngineStats after = db.stats();
        assertThat(after.statementsFailed() - before.statementsFailed()).isEqualTo(1);
        assertThat(after.statementsExecuted() - before.statementsExecuted()).isEqualTo(1);
    }

    @DriverTest
    void statementsExecutedCountsEveryStatement(Toasty db, Recorder recorder) {
        EngineStats before = db.stats();
        db.insert(User.of("Ann", "ann@x", 20));
        db.query(User.class).list();
        db.query(User.class).count();
        EngineStats after = db.stats();
        assertThat(after.statementsExecuted() - before.statementsExecuted()).isEqualTo(3);
        assertThat(after.statementsFailed()).isEqualTo(before.statementsFailed());
        assertThat(recorder.statements()).hasSize(3);
    }

    @DriverTest
    void refusedCallsPublishNothing(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insert(User.of(null, "x@x", 1))).isInstanceOf(dev.toasty.ValidationException.class);
        assertThatThrownBy(() -> db.query(User.class).last()).isInstanceOf(IllegalStateException.class);
        assertThat(recorder.events()).isEmpty();
    }

    @DriverTest
    void schemaStatementsArePublishedAsDdl(Toasty db, Recorder recorder) {
        db.pushSchema();
        assertThat(recorder.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("DDL");
            assertThat(e.model()).isNull();
            assertThat(e.failed()).isFalse();
        });
        assertThat(recorder.events()).anySatisfy(e -> assertThat(e.sql()).contains("users"));
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void aListenerThatThrowsDoesNotBreakTheStatement(Backend backend) {
        AtomicInteger calls = new AtomicInteger();
        try (Toasty own = Toasty.builder().url(backend.url()).models(User.class).listener(e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("listener failure");
        }).build()) {
            own.pushSchema();
            User saved = own.insert(User.of("Ann", "listener@x", 20));
            assertThat(own.get(User.class, saved.id()).name()).isEqualTo("Ann");
            assertThat(own.delete(saved)).isTrue();
        }
        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    }
}
