package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.Everything_;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.Team;
import dev.toasty.suite.models.Team_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons between two fields of the same record ({@code User_.updatedAt.gt(User_.createdAt)}). */
class FieldComparisonTest {

    private static final Instant T = Instant.parse("2024-03-31T01:30:00.123456Z");

    /** Same, Later, Earlier: both times set; NoUpdate: updatedAt null; NoTimes: both null. */
    private static void seed(Toasty db) {
        db.insertAll(List.of(
                User.of("Same", "same@x", 1).withTimes(T, T),
                User.of("Later", "later@x", 2).withTimes(T, T.plusSeconds(3600)),
                User.of("Earlier", "earlier@x", 3).withTimes(T, T.minusSeconds(3600)),
                User.of("NoUpdate", "noupdate@x", 4).withTimes(T, null),
                User.of("NoTimes", "notimes@x", 5)));
    }

    private static List<String> names(Toasty db, Filter<User> filter) {
        return db.query(User.class).where(filter).list().stream().map(User::name).toList();
    }

    @DriverTest
    void gtBetweenTwoFields(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.gt(User_.createdAt))).containsExactly("Later");
    }

    @DriverTest
    void ltBetweenTwoFields(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.lt(User_.createdAt))).containsExactly("Earlier");
        assertThat(names(db, User_.createdAt.lt(User_.updatedAt))).containsExactly("Later");
    }

    @DriverTest
    void eqBetweenTwoFields(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.eq(User_.createdAt))).containsExactly("Same");
    }

    @DriverTest
    void neBetweenTwoFields(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.ne(User_.createdAt))).containsExactlyInAnyOrder("Later", "Earlier");
    }

    @DriverTest
    void geAndLeBetweenTwoFields(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.ge(User_.createdAt))).containsExactlyInAnyOrder("Same", "Later");
        assertThat(names(db, User_.updatedAt.le(User_.createdAt))).containsExactlyInAnyOrder("Same", "Earlier");
    }

    @DriverTest
    void aNullSideMatchesNoComparison(Toasty db) {
        seed(db);
        Filter<User> anyComparison = Filter.any(
                User_.updatedAt.eq(User_.createdAt), User_.updatedAt.ne(User_.createdAt),
                User_.updatedAt.lt(User_.createdAt), User_.updatedAt.le(User_.createdAt),
                User_.updatedAt.gt(User_.createdAt), User_.updatedAt.ge(User_.createdAt));
        assertThat(names(db, anyComparison)).containsExactlyInAnyOrder("Same", "Later", "Earlier");
        // two nulls are not equal either
        assertThat(names(db, User_.updatedAt.eq(User_.createdAt).and(User_.createdAt.isNull()))).isEmpty();
        // nor does the negation pick the null rows up
        assertThat(names(db, User_.updatedAt.gt(User_.createdAt).not())).containsExactlyInAnyOrder("Same", "Earlier");
    }

    @DriverTest
    void aMicrosecondApartIsOrdered(Toasty db) {
        db.insertAll(List.of(
                User.of("Tick", "tick@x", 1).withTimes(T, T.plusNanos(1_000)),
                User.of("Epoch", "epoch@x", 1).withTimes(Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.EPOCH)));
        assertThat(names(db, User_.updatedAt.gt(User_.createdAt))).containsExactlyInAnyOrder("Tick", "Epoch");
        assertThat(names(db, User_.updatedAt.eq(User_.createdAt))).isEmpty();
    }

    @DriverTest
    void boxedAndPrimitiveIntegerFields(Toasty db) {
        db.insertAll(List.of(
                numbers("equal", 5, 5, 7L, 7L),
                numbers("less", -3, 2, Long.MIN_VALUE, 0L),
                numbers("greater", 9, -9, Long.MAX_VALUE, Long.MAX_VALUE - 1),
                numbers("null", null, 0, null, 0L)));
        assertThat(texts(db, Everything_.i.eq(Everything_.iP))).containsExactly("equal");
        assertThat(texts(db, Everything_.i.lt(Everything_.iP))).containsExactly("less");
        assertThat(texts(db, Everything_.i.gt(Everything_.iP))).containsExactly("greater");
        assertThat(texts(db, Everything_.i.ne(Everything_.iP))).containsExactlyInAnyOrder("less", "greater");
        assertThat(texts(db, Everything_.l.lt(Everything_.lP))).containsExactly("less");
        assertThat(texts(db, Everything_.l.ge(Everything_.lP))).containsExactlyInAnyOrder("equal", "greater");
    }

    @DriverTest
    void compositeKeyFields(Toasty db) {
        db.insertAll(List.of(new Membership(1, 2, "a", null), new Membership(2, 2, "b", null),
                new Membership(3, 2, "c", null)));
        assertThat(db.query(Membership.class).where(Membership_.orgId.lt(Membership_.userId)).list())
                .extracting(Membership::role).containsExactly("a");
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(Membership_.userId)).list())
                .extracting(Membership::role).containsExactly("b");
        assertThat(db.query(Membership.class).where(Membership_.orgId.gt(Membership_.userId)).list())
                .extracting(Membership::role).containsExactly("c");
    }

    @DriverTest
    void stringFields(Toasty db) {
        db.insertAll(List.of(new Team("core", 1, "core"), new Team("web", 1, "team web"), new Team("api", 1, "b")));
        assertThat(db.query(Team.class).where(Team_.code.eq(Team_.name)).list()).extracting(Team::code)
                .containsExactly("core");
        assertThat(db.query(Team.class).where(Team_.code.ne(Team_.name)).list()).extracting(Team::code)
                .containsExactlyInAnyOrder("web", "api");
        assertThat(db.query(Team.class).where(Team_.code.lt(Team_.name)).list()).extracting(Team::code)
                .containsExactly("api");
    }

    @DriverTest
    void fieldComparisonCombinesWithValueFiltersAndDrivesWrites(Toasty db) {
        seed(db);
        assertThat(names(db, User_.updatedAt.ge(User_.createdAt).and(User_.age.gt(1)))).containsExactly("Later");
        assertThat(db.update(User.class).set(User_.active, false).where(User_.updatedAt.lt(User_.createdAt)).execute())
                .isEqualTo(1);
        assertThat(names(db, User_.active.isFalse())).containsExactly("Earlier");
        assertThat(db.delete(User.class).where(User_.updatedAt.ne(User_.createdAt)).execute()).isEqualTo(2);
        assertThat(db.query(User.class).list()).extracting(User::name)
                .containsExactlyInAnyOrder("Same", "NoUpdate", "NoTimes");
    }

    private static Everything numbers(String text, Integer i, int iP, Long l, long lP) {
        Everything e = Everything.empty();
        return new Everything(null, text, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), i, iP, l, lP,
                e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static List<String> texts(Toasty db, Filter<Everything> filter) {
        return db.query(Everything.class).where(filter).list().stream().map(Everything::text).toList();
    }
}
