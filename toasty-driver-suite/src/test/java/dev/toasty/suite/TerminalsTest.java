package dev.toasty.suite;

import dev.toasty.Query;
import dev.toasty.RecordNotFoundException;
import dev.toasty.Toasty;
import dev.toasty.TooManyRecordsException;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminalsTest {

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    /** Four users created one hour apart: Bea (oldest record) ... Dan (newest); Ann has no age. */
    private static void insertFour(Toasty db) {
        db.insertAll(List.of(
                User.of("Cid", "cid@x", 40).withTimes(T0.plusSeconds(7200), null),
                User.of("Bea", "bea@x", 25).withTimes(T0, null),
                User.of("Dan", "dan@x", 31).withTimes(T0.plusSeconds(10800), null),
                User.of("Ann", "ann@x", null).withTimes(T0.plusSeconds(3600), null)));
    }

    @DriverTest
    void listReturnsEveryMatchingRecord(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).list()).extracting(User::name).containsExactlyInAnyOrder("Ann", "Bea", "Cid", "Dan");
        assertThat(db.query(User.class).where(User_.age.gt(30)).list()).extracting(User::name)
                .containsExactlyInAnyOrder("Cid", "Dan");
    }

    @DriverTest
    void listOfNoMatchIsEmpty(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).where(User_.name.eq("Nobody")).list()).isEmpty();
    }

    @DriverTest
    void firstIsPresentWhenARecordMatches(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).where(User_.name.eq("Cid")).first()).map(User::email).contains("cid@x");
    }

    @DriverTest
    void firstIsEmptyWhenNothingMatches(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).where(User_.age.gt(100)).first()).isEmpty();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void firstFollowsTheOrder(Toasty db, Recorder recorder) {
        insertFour(db);
        recorder.clear();
        assertThat(db.query(User.class).orderBy(User_.age.desc().nullsLast()).first()).map(User::name).contains("Cid");
        assertThat(db.query(User.class).orderBy(User_.name.desc()).first()).map(User::name).contains("Dan");
        assertThat(recorder.statements()).hasSize(2).allSatisfy(e -> assertThat(e.rows()).isEqualTo(1));
    }

    @DriverTest
    void oneReturnsTheOnlyMatch(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).where(User_.email.eq("bea@x")).one().name()).isEqualTo("Bea");
    }

    @DriverTest
    void oneOnNoRowsThrowsRecordNotFound(Toasty db) {
        insertFour(db);
        assertThatThrownBy(() -> db.query(User.class).where(User_.name.eq("Zed")).one())
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("User");
    }

    @DriverTest
    void oneOnTwoRowsThrowsTooManyRecords(Toasty db) {
        insertFour(db);
        assertThatThrownBy(() -> db.query(User.class).where(User_.age.gt(30)).one())
                .isInstanceOf(TooManyRecordsException.class).hasMessageContaining("User");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastReturnsTheLastRecordOfTheOrder(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).orderBy(User_.createdAt.desc()).last()).map(User::name).contains("Bea");
        assertThat(db.query(User.class).orderBy(User_.createdAt.asc()).last()).map(User::name).contains("Dan");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastFollowsTheDefaultNullPlacement(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).orderBy(User_.age.asc()).last()).map(User::name).contains("Ann");
        assertThat(db.query(User.class).orderBy(User_.age.desc()).last()).map(User::name).contains("Bea");
        assertThat(db.query(User.class).orderBy(User_.age.asc().nullsFirst()).last()).map(User::name).contains("Cid");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastUsesEveryTermOfTheOrder(Toasty db) {
        db.insertAll(List.of(User.of("x", "1@x", 5), User.of("x", "2@x", 9), User.of("w", "3@x", 99)));
        assertThat(db.query(User.class).orderBy(User_.name.asc()).thenBy(User_.age.asc()).last())
                .map(User::email).contains("2@x");
        assertThat(db.query(User.class).orderBy(User_.name.asc()).thenBy(User_.age.desc()).last())
                .map(User::email).contains("1@x");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastRespectsTheFilter(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).where(User_.age.lt(35)).orderBy(User_.age.asc()).last()).map(User::name)
                .contains("Dan");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastOfALimitedQueryIsTheLastRecordWithinTheLimit(Toasty db) {
        insertFour(db);
        Query<User> firstTwo = db.query(User.class).orderBy(User_.name.asc()).limit(2);
        assertThat(firstTwo.list()).extracting(User::name).containsExactly("Ann", "Bea");
        assertThat(firstTwo.last()).map(User::name).contains("Bea");
    }

    @DriverTest
    @Requires("offset")
    @Requires("arbitraryOrder")
    void lastOfAnOffsetQueryIsTheLastRecordOfTheOrder(Toasty db) {
        insertFour(db);
        Query<User> skipOne = db.query(User.class).orderBy(User_.name.asc()).offset(1);
        assertThat(skipOne.list()).extracting(User::name).containsExactly("Bea", "Cid", "Dan");
        assertThat(skipOne.last()).map(User::name).contains("Dan");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void lastOnNoRowsIsEmpty(Toasty db) {
        assertThat(db.query(User.class).orderBy(User_.name.asc()).last()).isEmpty();
    }

    @DriverTest
    void lastWithoutOrderIsRefused(Toasty db, Recorder recorder) {
        insertFour(db);
        recorder.clear();
        assertThatThrownBy(() -> db.query(User.class).last()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("orderBy");
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void countOfAllAndOfAFilter(Toasty db) {
        assertThat(db.query(User.class).count()).isZero();
        insertFour(db);
        assertThat(db.query(User.class).count()).isEqualTo(4);
        assertThat(db.query(User.class).where(User_.age.ge(31)).count()).isEqualTo(2);
        assertThat(db.query(User.class).where(User_.age.isNull()).count()).isEqualTo(1);
    }

    @DriverTest
    void countWithALimitCountsAtMostTheLimit(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).limit(3).count()).isEqualTo(3);
        assertThat(db.query(User.class).limit(10).count()).isEqualTo(4);
        assertThat(db.query(User.class).limit(0).count()).isZero();
        assertThat(db.query(User.class).where(User_.age.isNotNull()).limit(2).count()).isEqualTo(2);
    }

    @DriverTest
    @Requires("offset")
    void countWithAnOffsetCountsTheRest(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).offset(1).count()).isEqualTo(3);
        assertThat(db.query(User.class).offset(3).limit(5).count()).isEqualTo(1);
    }

    @DriverTest
    @Requires("offset")
    @Requires("arbitraryOrder")
    void firstAndOneFollowTheOffset(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).orderBy(User_.name.asc()).offset(2).first()).map(User::name).contains("Cid");
        assertThat(db.query(User.class).orderBy(User_.name.asc()).offset(3).one().name()).isEqualTo("Dan");
        assertThat(db.query(User.class).orderBy(User_.name.asc()).offset(4).first()).isEmpty();
    }

    /** first() and last() of an order on the sort key within one partition, which every backend can give. */
    @DriverTest
    void firstAndLastFollowTheSortKeyWithinOnePartition(Toasty db, Recorder recorder) {
        db.insertAll(List.of(new Membership(1, 2, "b", null), new Membership(1, 3, "c", null), new Membership(1, 1, "a", null),
                new Membership(2, 9, "x", null)));
        recorder.clear();
        Query<Membership> byUser = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc());
        assertThat(byUser.first()).map(Membership::role).contains("a");
        assertThat(byUser.last()).map(Membership::role).contains("c");
        assertThat(recorder.statements()).hasSize(2).allSatisfy(e -> assertThat(e.rows()).isEqualTo(1));
        Query<Membership> byUserDesc = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc());
        assertThat(byUserDesc.first()).map(Membership::role).contains("c");
        assertThat(byUserDesc.last()).map(Membership::role).contains("a");
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(3L)).orderBy(Membership_.userId.asc()).last()).isEmpty();
    }

    /** A limit of zero reads nothing, whether counted, listed or tested for existence. */
    @DriverTest
    void limitZeroMatchesNothing(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).limit(0).count()).isZero();
        assertThat(db.query(User.class).limit(0).list()).isEmpty();
        assertThat(db.query(User.class).limit(0).exists()).isFalse();
        assertThat(db.query(User.class).limit(1).exists()).isTrue();
    }

    @DriverTest
    @Requires("offset")
    void existsAgreesWithCountWithinLimitAndOffset(Toasty db) {
        insertFour(db);
        assertThat(db.query(User.class).offset(3).exists()).isTrue();
        assertThat(db.query(User.class).offset(4).exists()).isFalse();
        assertThat(db.query(User.class).limit(0).count()).isZero();
        assertThat(db.query(User.class).limit(0).list()).isEmpty();
        assertThat(db.query(User.class).limit(0).exists()).isFalse();
    }

    @DriverTest
    void existsTellsWhetherAnythingMatches(Toasty db) {
        assertThat(db.query(User.class).exists()).isFalse();
        insertFour(db);
        assertThat(db.query(User.class).exists()).isTrue();
        assertThat(db.query(User.class).where(User_.name.eq("Dan")).exists()).isTrue();
        assertThat(db.query(User.class).where(User_.name.eq("Dan").and(User_.age.lt(30))).exists()).isFalse();
    }
}
