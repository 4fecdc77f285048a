package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.event.EngineStats;
import dev.toasty.event.StatementEvent;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statement events and counters. SQL backends publish one event per statement, named after its kind;
 * DynamoDB publishes one per request sent, named after the request, with a request text for {@code sql}.
 */
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

    /** The request names of the recorded events, in order. */
    private static List<String> requests(Recorder recorder) {
        return recorder.statements().stream().map(StatementEvent::operation).toList();
    }

    /** A request that succeeded on User, its text naming the users table. */
    private static void assertSent(StatementEvent e, String request, String textStart, long rows) {
        assertThat(e.operation()).isEqualTo(request);
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.sql()).startsWith(textStart);
        assertThat(e.rows()).isEqualTo(rows);
        assertThat(e.duration()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(e.failed()).isFalse();
        assertThat(e.error()).isNull();
    }

    private static void insertThree(Toasty db, Recorder recorder) {
        db.insertAll(List.of(User.of("Ann", "ann@x", 20), User.of("Bob", "bob@x", 30), User.of("Cy", "cy@x", 40)));
        recorder.clear();
    }

    @DriverTest
    @Requires("nativeSql")
    void aSelectIsPublishedWithTheRowsItReturned(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.age.ge(30)).list();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "SELECT");
        assertThat(e.sql()).startsWithIgnoringCase("SELECT");
        assertThat(e.rows()).isEqualTo(2);
    }

    @DriverTest
    @Requires("nativeSql")
    void aSelectOfNothingReportsZeroRows(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.age.gt(99)).first();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "SELECT");
        assertThat(e.rows()).isZero();
    }

    @DriverTest
    @Requires("nativeSql")
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
    @Requires("nativeSql")
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
    @Requires("nativeSql")
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
    @Requires("nativeSql")
    void deletesArePublishedWithTheRowsTheyRemoved(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.delete(User.class).where(User_.age.ge(30)).execute();
        StatementEvent e = only(recorder);
        assertSucceeded(e, "DELETE");
        assertThat(e.sql()).startsWithIgnoringCase("DELETE");
        assertThat(e.rows()).isEqualTo(2);
    }

    @DriverTest
    @Requires("nativeSql")
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
    @Requires("arbitraryOrder")
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
    @Requires("nativeSql")
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
    @Requires("nativeSql")
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

    /** The same shape has the same id, another filter another one, on every backend. */
    @DriverTest
    void theSameFilterShapeHasTheSameShapeId(Toasty db, Recorder recorder) {
        insertThree(db, recorder);
        db.query(User.class).where(User_.name.eq("Ann")).list();
        db.query(User.class).where(User_.name.eq("Bob")).list();
        db.query(User.class).where(User_.name.eq("Ann")).where(User_.active.isTrue()).list();
        db.query(User.class).where(User_.age.eq(20)).list();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSize(4);
        assertThat(events.get(1).shape()).isEqualTo(events.get(0).shape());
        assertThat(events.get(2).shape()).isNotEqualTo(events.get(0).shape());
        assertThat(events.get(3).shape()).isNotEqualTo(events.get(0).shape()).isNotEqualTo(events.get(2).shape());
    }

    /** Reads without a key are Scans, key reads GetItems; rows are the items returned (one for a count). */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void readsArePublishedAsTheRequestsSent(Toasty db, Recorder recorder) {
        List<User> users = db.insertAll(List.of(User.of("Ann", "ann@x", 20), User.of("Bob", "bob@x", 30), User.of("Cy", "cy@x", 40)));
        recorder.clear();
        db.query(User.class).where(User_.age.ge(30)).list();
        assertSent(only(recorder), "Scan", "Scan users filter ", 2);
        recorder.clear();
        db.query(User.class).where(User_.age.gt(99)).first();
        assertSent(only(recorder), "Scan", "Scan users filter ", 0);
        recorder.clear();
        db.get(User.class, users.get(0).id());
        assertSent(only(recorder), "GetItem", "GetItem users", 1);
        recorder.clear();
        db.query(User.class).count();
        StatementEvent count = only(recorder);
        assertSent(count, "Scan", "Scan users", 1);
        assertThat(count.sql()).contains("COUNT");
        recorder.clear();
        db.query(User.class).where(User_.name.eq("Bob")).exists();
        assertSent(only(recorder), "Scan", "Scan users filter ", 1);
        recorder.clear();
        db.query(User.class).where(User_.name.eq("Nobody")).exists();
        assertSent(only(recorder), "Scan", "Scan users filter ", 0);
    }

    /**
     * An insert with a generated key reserves it with an UpdateItem on the counter, then writes the items
     * and their unique side items in one TransactWriteItems; a write by filter first Scans for the keys,
     * a write of an instance first reads the stored item. Rows count the items each request wrote (not their side items).
     */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void writesArePublishedAsTheRequestsSent(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 20));
        assertThat(requests(recorder)).containsExactly("UpdateItem", "TransactWriteItems");
        assertSent(recorder.statements().get(0), "UpdateItem", "UpdateItem toasty_meta counter of users", 1);
        assertSent(recorder.statements().get(1), "TransactWriteItems", "TransactWriteItems users put 1", 1);
        recorder.clear();
        db.insertAll(List.of(User.of("Bob", "bob@x", 30), User.of("Cy", "cy@x", 40), User.of("Di", "di@x", 50)));
        assertThat(requests(recorder)).containsExactly("UpdateItem", "TransactWriteItems");
        assertSent(recorder.statements().get(1), "TransactWriteItems", "TransactWriteItems users put 3", 3);
        recorder.clear();
        assertThat(db.update(User.class).set(User_.active, false).where(User_.age.le(30)).execute()).isEqualTo(2);
        assertThat(requests(recorder)).containsExactly("Scan", "TransactWriteItems");
        assertSent(recorder.statements().get(0), "Scan", "Scan users filter ", 2);
        assertSent(recorder.statements().get(1), "TransactWriteItems", "TransactWriteItems users UpdateItem 2", 2);
        recorder.clear();
        assertThat(db.update(User.class).set(User_.active, false).where(User_.age.gt(99)).execute()).isZero();
        assertSent(only(recorder), "Scan", "Scan users filter ", 0);
        recorder.clear();
        db.update(ann.withName("Anna"));
        assertThat(requests(recorder)).containsExactly("GetItem", "UpdateItem");
        assertSent(recorder.statements().get(1), "UpdateItem", "UpdateItem users ", 1);
        recorder.clear();
        assertThat(db.delete(User.class).where(User_.age.ge(40)).execute()).isEqualTo(2);
        assertThat(requests(recorder)).containsExactly("Scan", "TransactWriteItems");
        assertSent(recorder.statements().get(1), "TransactWriteItems", "TransactWriteItems users DeleteItem 2", 2);
        recorder.clear();
        assertThat(db.delete(ann)).isTrue();
        assertThat(requests(recorder)).containsExactly("GetItem", "TransactWriteItems");
        assertSent(recorder.statements().get(1), "TransactWriteItems", "TransactWriteItems users DeleteItem 1", 1);
    }

    /** Every request of insert, get, count, exists, update and delete is published, in order. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void everyRequestIsPublishedInOrder(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 20));
        db.get(User.class, ann.id());
        db.query(User.class).count();
        db.query(User.class).exists();
        db.update(ann.withName("Anna"));
        db.delete(ann);
        assertThat(requests(recorder)).containsExactly("UpdateItem", "TransactWriteItems", "GetItem", "Scan", "Scan",
                "GetItem", "UpdateItem", "GetItem", "TransactWriteItems");
        assertThat(recorder.statements()).allSatisfy(e -> assertThat(e.model()).isEqualTo("User"));
    }

    /** The cancelled TransactWriteItems is published with the same UniqueViolationException the caller gets, DynamoDB's failure as its cause. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void aFailingRequestIsPublishedWithItsError(Toasty db, Recorder recorder) {
        db.insert(User.of("Ann", "ann@x", 20));
        recorder.clear();
        EngineStats before = db.stats();
        assertThatThrownBy(() -> db.insert(User.of("Other", "ann@x", 21))).isInstanceOf(UniqueViolationException.class);
        assertThat(requests(recorder)).containsExactly("UpdateItem", "TransactWriteItems");
        assertThat(recorder.statements().get(0).failed()).isFalse();
        StatementEvent e = recorder.statements().get(1);
        assertThat(e.model()).isEqualTo("User");
        assertThat(e.failed()).isTrue();
        assertThat(e.error()).isInstanceOf(UniqueViolationException.class).hasCauseInstanceOf(TransactionCanceledException.class);
        assertThat(e.rows()).isEqualTo(-1);
        assertThat(e.sql()).isEqualTo("TransactWriteItems users put 1");
        assertThat(e.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
        EngineStats after = db.stats();
        assertThat(after.statementsFailed() - before.statementsFailed()).isEqualTo(1);
        assertThat(after.statementsExecuted() - before.statementsExecuted()).isEqualTo(2);
        assertThat(db.query(User.class).count()).isEqualTo(1);
    }

    /** statementsExecuted counts requests: an insert with a generated key is two. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void statementsExecutedCountsEveryRequest(Toasty db, Recorder recorder) {
        EngineStats before = db.stats();
        db.insert(User.of("Ann", "ann@x", 20));
        db.query(User.class).list();
        db.query(User.class).count();
        EngineStats after = db.stats();
        assertThat(after.statementsExecuted() - before.statementsExecuted()).isEqualTo(4);
        assertThat(after.statementsFailed()).isEqualTo(before.statementsFailed());
        assertThat(requests(recorder)).containsExactly("UpdateItem", "TransactWriteItems", "Scan", "Scan");
    }

    /** Schema work is published as the table requests sent: DescribeTable, then CreateTable or DeleteTable. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void schemaRequestsArePublishedAsTableRequests(Toasty db, Recorder recorder) {
        db.pushSchema();
        assertThat(recorder.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("DescribeTable");
            assertThat(e.failed()).isFalse();
        });
        assertThat(recorder.events()).extracting(StatementEvent::sql).contains("DescribeTable users", "DescribeTable toasty_meta");
        recorder.clear();
        db.dropSchema();
        db.pushSchema();
        assertThat(recorder.events()).extracting(StatementEvent::sql).contains("DeleteTable users", "CreateTable users");
        assertThat(recorder.events()).extracting(StatementEvent::operation)
                .isSubsetOf("DescribeTable", "CreateTable", "DeleteTable", "UpdateTable");
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    void refusedCallsPublishNothing(Toasty db, Recorder recorder) {
        assertThatThrownBy(() -> db.insert(User.of(null, "x@x", 1))).isInstanceOf(dev.toasty.ValidationException.class);
        assertThatThrownBy(() -> db.query(User.class).last()).isInstanceOf(IllegalStateException.class);
        assertThat(recorder.events()).isEmpty();
    }

    @DriverTest
    @Requires("nativeSql")
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
