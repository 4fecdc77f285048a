package dev.toasty.suite;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.event.EngineStats;
import dev.toasty.event.StatementEvent;
import dev.toasty.query.Filter;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Toasty instance (and its plan cache) lives for the whole run, so every test works on deltas of
 * {@link Toasty#stats()} and on shapes made unique by {@link #marker(int)}: a filter {@code id NOT IN
 * (n values)} that no other test builds with the same n, which matches every row. Hits and misses are the
 * same on every backend; what a plan sends differs: one SQL statement, or the DynamoDB requests (an
 * insert with a generated key reserves it on a counter first, a write by filter Scans for the keys first).
 */
class PlanCacheTest {

    private static Filter<User> marker(int n) {
        List<Long> values = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            values.add(-i);
        }
        return User_.id.notIn(values);
    }

    private static Query<User> byName(Toasty db, int marker, String name) {
        return db.query(User.class).where(marker(marker)).where(User_.name.eq(name));
    }

    private record Delta(long hits, long misses, long rendered, long executed) {
        static Delta between(EngineStats before, EngineStats after) {
            return new Delta(after.planCacheHits() - before.planCacheHits(), after.planCacheMisses() - before.planCacheMisses(),
                    after.sqlRendered() - before.sqlRendered(), after.statementsExecuted() - before.statementsExecuted());
        }
    }

    private static Delta delta(Toasty db, Runnable work) {
        EngineStats before = db.stats();
        work.run();
        return Delta.between(before, db.stats());
    }

    @DriverTest
    void aNewShapeIsAMissThenTheSameShapeWithOtherValuesIsAHit(Toasty db) {
        db.insertAll(List.of(User.of("Ann", "ann@x", 1), User.of("Bob", "bob@x", 2)));
        Delta first = delta(db, () -> assertThat(byName(db, 61, "Ann").list()).hasSize(1));
        assertThat(first).isEqualTo(new Delta(0, 1, 1, 1));
        Delta second = delta(db, () -> assertThat(byName(db, 61, "Bob").list()).extracting(User::name).containsExactly("Bob"));
        assertThat(second).isEqualTo(new Delta(1, 0, 0, 1));
        Delta third = delta(db, () -> assertThat(byName(db, 61, "Nobody").list()).isEmpty());
        assertThat(third).isEqualTo(new Delta(1, 0, 0, 1));
    }

    @DriverTest
    @Requires("nativeSql")
    void theSameShapeSendsTheSameSqlWithPlaceholders(Toasty db, Recorder recorder) {
        byName(db, 62, "first-value-q7").list();
        byName(db, 62, "second-value-q7").list();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).sql()).isEqualTo(events.get(1).sql());
        assertThat(events.get(0).sql()).contains("?").doesNotContain("value-q7");
        assertThat(events.get(0).shape()).isEqualTo(events.get(1).shape());
    }

    /** The same shape sends the same request text, with :a placeholders and no values. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void theSameShapeSendsTheSameRequestWithPlaceholders(Toasty db, Recorder recorder) {
        byName(db, 71, "first-value-q7").list();
        byName(db, 71, "second-value-q7").list();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).extracting(StatementEvent::operation).containsExactly("Scan", "Scan");
        assertThat(events.get(0).sql()).isEqualTo(events.get(1).sql());
        assertThat(events.get(0).sql()).startsWith("Scan users filter ").contains(":a").doesNotContain("value-q7");
        assertThat(events.get(0).shape()).isEqualTo(events.get(1).shape());
    }

    @DriverTest
    void anAddedFilterIsAnotherShape(Toasty db) {
        byName(db, 63, "a").list();
        assertThat(delta(db, () -> byName(db, 63, "b").where(User_.age.gt(3)).list()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 63, "c").where(User_.age.gt(4)).list()).misses()).isZero();
        assertThat(delta(db, () -> byName(db, 63, "d").where(User_.age.lt(4)).list()).misses()).isEqualTo(1);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aDifferentOrderIsAnotherShape(Toasty db) {
        byName(db, 64, "a").orderBy(User_.age.asc()).list();
        assertThat(delta(db, () -> byName(db, 64, "b").orderBy(User_.age.asc()).list())).isEqualTo(new Delta(1, 0, 0, 1));
        assertThat(delta(db, () -> byName(db, 64, "c").orderBy(User_.age.desc()).list()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 64, "d").orderBy(User_.email.asc()).list()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 64, "e").orderBy(User_.age.asc().nullsFirst()).list()).misses()).isEqualTo(1);
    }

    @DriverTest
    @Requires("offset")
    void aLimitIsPartOfTheShapeButItsValueIsNot(Toasty db, Recorder recorder) {
        byName(db, 65, "a").list();
        assertThat(delta(db, () -> byName(db, 65, "a").limit(5).list()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 65, "a").limit(987_654).list())).isEqualTo(new Delta(1, 0, 0, 1));
        assertThat(recorder.statements().get(2).sql()).doesNotContain("987654");
        assertThat(delta(db, () -> byName(db, 65, "a").limit(5).offset(2).list()).misses()).isEqualTo(1);
    }

    /** The limit part of the test above, on every backend. */
    @DriverTest
    void aLimitIsPartOfTheShapeButItsValueIsNotWithoutAnOffset(Toasty db, Recorder recorder) {
        byName(db, 72, "a").list();
        assertThat(delta(db, () -> byName(db, 72, "a").limit(5).list()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 72, "a").limit(987_654).list())).isEqualTo(new Delta(1, 0, 0, 1));
        assertThat(recorder.statements()).hasSize(3);
        assertThat(recorder.statements().get(2).sql()).doesNotContain("987654");
        assertThat(recorder.statements().get(2).shape()).isEqualTo(recorder.statements().get(1).shape())
                .isNotEqualTo(recorder.statements().get(0).shape());
    }

    @DriverTest
    void countExistsAndListAreDifferentShapes(Toasty db) {
        byName(db, 66, "a").list();
        assertThat(delta(db, () -> byName(db, 66, "a").count()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 66, "b").count()).misses()).isZero();
        assertThat(delta(db, () -> byName(db, 66, "a").exists()).misses()).isEqualTo(1);
        assertThat(delta(db, () -> byName(db, 66, "b").exists()).misses()).isZero();
        assertThat(delta(db, () -> byName(db, 66, "c").list()).misses()).isZero();
    }

    @DriverTest
    void inListsOfAnotherLengthAreAnotherShape(Toasty db) {
        db.query(User.class).where(marker(67)).where(User_.age.in(1, 2)).list();
        assertThat(delta(db, () -> db.query(User.class).where(marker(67)).where(User_.age.in(7, 8)).list()).misses()).isZero();
        assertThat(delta(db, () -> db.query(User.class).where(marker(67)).where(User_.age.in(7, 8, 9)).list()).misses()).isEqualTo(1);
    }

    @DriverTest
    @Requires("nativeSql")
    void insertsAreCachedByShape(Toasty db, Recorder recorder) {
        db.insert(User.of("First", "first@x", 1));
        Delta second = delta(db, () -> db.insert(User.of("Second", "second@x", 2)));
        assertThat(second).isEqualTo(new Delta(1, 0, 0, 1));
        List<StatementEvent> inserts = recorder.statements();
        assertThat(inserts.get(0).sql()).isEqualTo(inserts.get(1).sql()).doesNotContain("First").doesNotContain("Second");
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    /** A second insert of the same shape is a hit that sends the counter UpdateItem and the TransactWriteItems again. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void insertsAreCachedByShapeAndSendTheSameRequests(Toasty db, Recorder recorder) {
        db.insert(User.of("First", "first@x", 1));
        Delta second = delta(db, () -> db.insert(User.of("Second", "second@x", 2)));
        assertThat(second).isEqualTo(new Delta(1, 0, 0, 2));
        List<StatementEvent> inserts = recorder.statements();
        assertThat(inserts).extracting(StatementEvent::operation)
                .containsExactly("UpdateItem", "TransactWriteItems", "UpdateItem", "TransactWriteItems");
        assertThat(inserts.get(0).sql()).isEqualTo(inserts.get(2).sql());
        assertThat(inserts.get(1).sql()).isEqualTo(inserts.get(3).sql());
        assertThat(inserts).allSatisfy(e -> assertThat(e.sql()).doesNotContain("First").doesNotContain("Second"));
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @DriverTest
    @Requires("nativeSql")
    void updatesAreCachedByShape(Toasty db) {
        User ann = db.insert(User.of("Ann", "ann@x", 1));
        User bob = db.insert(User.of("Bob", "bob@x", 2));
        db.update(User.class).set(User_.name, "Anna").where(marker(68)).where(User_.id.eq(ann.id())).execute();
        Delta again = delta(db, () -> db.update(User.class).set(User_.name, "Bobby").where(marker(68))
                .where(User_.id.eq(bob.id())).execute());
        assertThat(again).isEqualTo(new Delta(1, 0, 0, 1));
        Delta instance = delta(db, () -> db.update(ann.withName("A1")));
        Delta instanceAgain = delta(db, () -> db.update(bob.withName("B1")));
        assertThat(instance.misses() + instance.hits()).isEqualTo(1);
        assertThat(instanceAgain).isEqualTo(new Delta(1, 0, 0, 1));
        assertThat(db.get(User.class, bob.id()).name()).isEqualTo("B1");
    }

    /** Updates by filter and of an instance are hits the second time, each sending a read then a write. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void updatesAreCachedByShapeAndSendTheSameRequests(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 1));
        User bob = db.insert(User.of("Bob", "bob@x", 2));
        db.update(User.class).set(User_.name, "Anna").where(marker(73)).where(User_.id.eq(ann.id())).execute();
        recorder.clear();
        Delta again = delta(db, () -> db.update(User.class).set(User_.name, "Bobby").where(marker(73))
                .where(User_.id.eq(bob.id())).execute());
        // a second condition on the key (the marker) puts the whole filter on a Scan; the one item found is
        // written with an UpdateItem
        assertThat(again).isEqualTo(new Delta(1, 0, 0, 2));
        assertThat(recorder.statements()).extracting(StatementEvent::operation).containsExactly("Scan", "UpdateItem");
        Delta instance = delta(db, () -> db.update(ann.withName("A1")));
        recorder.clear();
        Delta instanceAgain = delta(db, () -> db.update(bob.withName("B1")));
        assertThat(instance.misses() + instance.hits()).isEqualTo(1);
        assertThat(instanceAgain).isEqualTo(new Delta(1, 0, 0, 2));
        assertThat(recorder.statements()).extracting(StatementEvent::operation).containsExactly("GetItem", "UpdateItem");
        assertThat(db.get(User.class, bob.id()).name()).isEqualTo("B1");
    }

    @DriverTest
    @Requires("nativeSql")
    void deletesAreCachedByShape(Toasty db) {
        User ann = db.insert(User.of("Ann", "ann@x", 1));
        User bob = db.insert(User.of("Bob", "bob@x", 2));
        db.delete(User.class).where(marker(69)).where(User_.id.eq(ann.id())).execute();
        Delta again = delta(db, () -> db.delete(User.class).where(marker(69)).where(User_.id.eq(bob.id())).execute());
        assertThat(again).isEqualTo(new Delta(1, 0, 0, 1));
        assertThat(db.query(User.class).count()).isZero();
    }

    /** A second delete of the same shape is a hit that sends a Scan and a TransactWriteItems (item and side item). */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void deletesAreCachedByShapeAndSendTheSameRequests(Toasty db, Recorder recorder) {
        User ann = db.insert(User.of("Ann", "ann@x", 1));
        User bob = db.insert(User.of("Bob", "bob@x", 2));
        db.delete(User.class).where(marker(74)).where(User_.id.eq(ann.id())).execute();
        recorder.clear();
        Delta again = delta(db, () -> db.delete(User.class).where(marker(74)).where(User_.id.eq(bob.id())).execute());
        assertThat(again).isEqualTo(new Delta(1, 0, 0, 2));
        assertThat(recorder.statements()).extracting(StatementEvent::operation).containsExactly("Scan", "TransactWriteItems");
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    @Requires("nativeSql")
    @Requires("endsWith")
    void valuesAreNeverInlinedInTheSql(Toasty db, Recorder recorder) {
        String marker = "zq-marker-7731";
        User u = db.insert(User.of(marker, marker + "@x", 424_242));
        db.query(User.class).where(User_.name.eq(marker)).list();
        db.query(User.class).where(User_.name.contains(marker)).count();
        db.query(User.class).where(User_.email.in(marker + "@x", "other-" + marker)).exists();
        db.query(User.class).where(User_.age.between(424_241, 424_243)).list();
        db.update(User.class).set(User_.name, marker + "-2").where(User_.name.startsWith(marker)).execute();
        db.update(u.withName(marker + "-3"));
        db.delete(User.class).where(User_.name.endsWith(marker + "-3")).execute();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSize(8).allSatisfy(e -> assertThat(e.sql()).contains("?")
                .doesNotContain("zq-marker").doesNotContain("424242").doesNotContain("42424"));
        assertThat(db.query(User.class).count()).isZero();
    }

    /** The request texts carry placeholders, never values; endsWith, which DynamoDB refuses, becomes startsWith. */
    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void valuesAreNeverInlinedInTheRequests(Toasty db, Recorder recorder) {
        String marker = "zq-marker-7731";
        User u = db.insert(User.of(marker, marker + "@x", 424_242));
        db.query(User.class).where(User_.name.eq(marker)).list();
        db.query(User.class).where(User_.name.contains(marker)).count();
        db.query(User.class).where(User_.email.in(marker + "@x", "other-" + marker)).exists();
        db.query(User.class).where(User_.age.between(424_241, 424_243)).list();
        db.update(User.class).set(User_.name, marker + "-2").where(User_.name.startsWith(marker)).execute();
        db.update(u.withName(marker + "-3"));
        db.delete(User.class).where(User_.name.startsWith(marker + "-3")).execute();
        List<StatementEvent> events = recorder.statements();
        assertThat(events).hasSizeGreaterThanOrEqualTo(8).allSatisfy(e -> assertThat(e.sql())
                .doesNotContain("zq-marker").doesNotContain("424242").doesNotContain("42424"));
        assertThat(events).filteredOn(e -> e.sql().contains(" filter ")).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(e -> assertThat(e.sql()).contains(":a"));
        assertThat(db.query(User.class).count()).isZero();
    }

    @DriverTest
    void aNewShapeIsAddedToTheCachedPlans(Toasty db) {
        EngineStats before = db.stats();
        byName(db, 70, "a").list();
        EngineStats after = db.stats();
        assertThat(after.cachedPlans()).isGreaterThanOrEqualTo(1);
        assertThat(after.cachedPlans()).isIn(before.cachedPlans() + 1, 1);
    }
}
