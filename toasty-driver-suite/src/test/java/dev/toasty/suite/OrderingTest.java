package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** orderBy / thenBy, null placement, limit and offset; what a backend without arbitrary order still orders. */
class OrderingTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private static User user(String name, String email, Integer age) {
        return User.of(name, email, age);
    }

    /** Five users inserted out of every order: names, ages (one null) and creation times all scrambled. */
    private static void insertFive(Toasty db) {
        db.insertAll(List.of(
                user("Carol", "carol@x", 35).withTimes(T0.plusSeconds(20), null),
                user("Alice", "alice@x", null).withTimes(T0.plusSeconds(40), null),
                user("Erin", "erin@x", 28).withTimes(T0, null),
                user("Bob", "bob@x", 41).withTimes(T0.plusMillis(10_500), null),
                user("Dave", "dave@x", 19).withTimes(T0.plusSeconds(30), null)));
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByIntegerAscending(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 30), user("B", "b@x", 10), user("C", "c@x", 20)));
        assertThat(db.query(User.class).orderBy(User_.age.asc()).list()).extracting(User::age).containsExactly(10, 20, 30);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByIntegerDescending(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 30), user("B", "b@x", 10), user("C", "c@x", 20)));
        assertThat(db.query(User.class).orderBy(User_.age.desc()).list()).extracting(User::age).containsExactly(30, 20, 10);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByStringInBothDirections(Toasty db) {
        insertFive(db);
        assertThat(db.query(User.class).orderBy(User_.name.asc()).list()).extracting(User::name)
                .containsExactly("Alice", "Bob", "Carol", "Dave", "Erin");
        assertThat(db.query(User.class).orderBy(User_.name.desc()).list()).extracting(User::name)
                .containsExactly("Erin", "Dave", "Carol", "Bob", "Alice");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByInstantInBothDirections(Toasty db) {
        insertFive(db);
        assertThat(db.query(User.class).orderBy(User_.createdAt.asc()).list()).extracting(User::name)
                .containsExactly("Erin", "Bob", "Carol", "Dave", "Alice");
        assertThat(db.query(User.class).orderBy(User_.createdAt.desc()).list()).extracting(User::name)
                .containsExactly("Alice", "Dave", "Carol", "Bob", "Erin");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByInstantComparesSubSecondParts(Toasty db) {
        db.insertAll(List.of(
                user("late", "l@x", 1).withTimes(T0.plusMillis(999), null),
                user("early", "e@x", 1).withTimes(T0.plusMillis(1), null),
                user("whole", "w@x", 1).withTimes(T0, null),
                user("next", "n@x", 1).withTimes(T0.plusSeconds(1), null)));
        assertThat(db.query(User.class).orderBy(User_.createdAt.asc()).list()).extracting(User::name)
                .containsExactly("whole", "early", "late", "next");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void thenByBreaksTiesOfTheFirstTerm(Toasty db) {
        db.insertAll(List.of(user("Sam", "s1@x", 30), user("Ann", "a1@x", 50), user("Sam", "s2@x", 10),
                user("Ann", "a2@x", 20), user("Sam", "s3@x", 20)));
        List<User> users = db.query(User.class).orderBy(User_.name.asc()).thenBy(User_.age.desc()).list();
        assertThat(users).extracting(User::email).containsExactly("a1@x", "a2@x", "s1@x", "s3@x", "s2@x");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void thenByAscendingAfterADescendingTerm(Toasty db) {
        db.insertAll(List.of(user("b", "b1@x", 1), user("a", "a1@x", 2), user("c", "c1@x", 1),
                user("a", "a2@x", 1), user("d", "d1@x", 2)));
        List<User> users = db.query(User.class).orderBy(User_.age.desc()).thenBy(User_.name.asc()).list();
        assertThat(users).extracting(User::email).containsExactly("a1@x", "d1@x", "a2@x", "b1@x", "c1@x");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void severalThenByTerms(Toasty db) {
        db.insertAll(List.of(user("x", "3@x", 1), user("x", "1@x", 1), user("x", "2@x", 2), user("y", "0@x", 1)));
        List<User> users = db.query(User.class).orderBy(User_.name.asc()).thenBy(User_.age.asc())
                .thenBy(User_.email.desc()).list();
        assertThat(users).extracting(User::email).containsExactly("3@x", "1@x", "2@x", "0@x");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void nullsSortLastWhenAscendingByDefault(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 20), user("N", "n@x", null), user("B", "b@x", 10)));
        assertThat(db.query(User.class).orderBy(User_.age.asc()).list()).extracting(User::name)
                .containsExactly("B", "A", "N");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void nullsSortFirstWhenDescendingByDefault(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 20), user("N", "n@x", null), user("B", "b@x", 10)));
        assertThat(db.query(User.class).orderBy(User_.age.desc()).list()).extracting(User::name)
                .containsExactly("N", "A", "B");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void defaultNullPlacementOnTextAndInstantFields(Toasty db) {
        db.insertAll(List.of(user("A", "b@x", 1).withTimes(T0, null), user("B", null, 1),
                user("C", "a@x", 1).withTimes(T0.plusSeconds(5), null)));
        assertThat(db.query(User.class).orderBy(User_.email.asc()).list()).extracting(User::name)
                .containsExactly("C", "A", "B");
        assertThat(db.query(User.class).orderBy(User_.email.desc()).list()).extracting(User::name)
                .containsExactly("B", "A", "C");
        assertThat(db.query(User.class).orderBy(User_.createdAt.asc()).list()).extracting(User::name)
                .containsExactly("A", "C", "B");
        assertThat(db.query(User.class).orderBy(User_.createdAt.desc()).list()).extracting(User::name)
                .containsExactly("B", "C", "A");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void nullsFirstOverridesAscending(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 20), user("N", "n@x", null), user("B", "b@x", 10)));
        assertThat(db.query(User.class).orderBy(User_.age.asc().nullsFirst()).list()).extracting(User::name)
                .containsExactly("N", "B", "A");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void nullsLastOverridesDescending(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 20), user("N", "n@x", null), user("B", "b@x", 10)));
        assertThat(db.query(User.class).orderBy(User_.age.desc().nullsLast()).list()).extracting(User::name)
                .containsExactly("A", "B", "N");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void explicitNullPlacementMatchingTheDefault(Toasty db) {
        db.insertAll(List.of(user("A", "a@x", 20), user("N", "n@x", null), user("B", "b@x", 10)));
        assertThat(db.query(User.class).orderBy(User_.age.asc().nullsLast()).list()).extracting(User::name)
                .containsExactly("B", "A", "N");
        assertThat(db.query(User.class).orderBy(User_.age.desc().nullsFirst()).list()).extracting(User::name)
                .containsExactly("N", "A", "B");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void severalNullsAreOrderedByTheNextTerm(Toasty db) {
        db.insertAll(List.of(user("c", "c@x", null), user("z", "z@x", 5), user("a", "a@x", null), user("b", "b@x", null)));
        assertThat(db.query(User.class).orderBy(User_.age.asc()).thenBy(User_.name.desc()).list()).extracting(User::name)
                .containsExactly("z", "c", "b", "a");
        assertThat(db.query(User.class).orderBy(User_.age.desc()).thenBy(User_.name.asc()).list()).extracting(User::name)
                .containsExactly("a", "b", "c", "z");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByABooleanPutsFalseFirst(Toasty db) {
        db.insertAll(List.of(user("on1", "1@x", 1), user("off", "2@x", 2).withActive(false), user("on2", "3@x", 3)));
        assertThat(db.query(User.class).orderBy(User_.active.asc()).thenBy(User_.name.asc()).list()).extracting(User::name)
                .containsExactly("off", "on1", "on2");
        assertThat(db.query(User.class).orderBy(User_.active.desc()).thenBy(User_.name.asc()).list()).extracting(User::name)
                .containsExactly("on1", "on2", "off");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void limitKeepsTheFirstRowsOfTheOrder(Toasty db) {
        insertFive(db);
        assertThat(db.query(User.class).orderBy(User_.name.asc()).limit(2).list()).extracting(User::name)
                .containsExactly("Alice", "Bob");
        assertThat(db.query(User.class).orderBy(User_.name.asc()).limit(0).list()).isEmpty();
        assertThat(db.query(User.class).orderBy(User_.name.asc()).limit(50).list()).hasSize(5);
    }

    @DriverTest
    @Requires("offset")
    @Requires("arbitraryOrder")
    void offsetWithoutLimitSkipsTheFirstRows(Toasty db) {
        insertFive(db);
        assertThat(db.query(User.class).orderBy(User_.name.asc()).offset(3).list()).extracting(User::name)
                .containsExactly("Dave", "Erin");
        assertThat(db.query(User.class).orderBy(User_.name.asc()).offset(5).list()).isEmpty();
    }

    @DriverTest
    @Requires("offset")
    @Requires("arbitraryOrder")
    void limitAndOffsetTogetherTakeAWindow(Toasty db) {
        insertFive(db);
        assertThat(db.query(User.class).orderBy(User_.name.desc()).offset(1).limit(2).list()).extracting(User::name)
                .containsExactly("Dave", "Carol");
        assertThat(db.query(User.class).orderBy(User_.name.desc()).limit(2).offset(4).list()).extracting(User::name)
                .containsExactly("Alice");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByReplacesAPreviousOrder(Toasty db) {
        insertFive(db);
        List<User> users = db.query(User.class).orderBy(User_.age.desc()).orderBy(User_.name.asc()).list();
        assertThat(users).extracting(User::name).containsExactly("Alice", "Bob", "Carol", "Dave", "Erin");
    }

    /** Every backend orders one partition by its sort key, both ways, and limits that order. */
    @DriverTest
    void orderByTheSortKeyWithinOnePartition(Toasty db) {
        // the key (orgId, userId): one partition per organisation, its items in userId order
        db.insertAll(List.of(new Membership(1, 3, "c", null), new Membership(2, 9, "x", null),
                new Membership(1, 1, "a", null), new Membership(1, 4, "d", null), new Membership(1, 2, "b", null)));
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc()).list())
                .extracting(Membership::userId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc()).list())
                .extracting(Membership::userId).containsExactly(4L, 3L, 2L, 1L);
        assertThat(db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc()).limit(2).list())
                .extracting(Membership::role).containsExactly("d", "c");
    }

    /** Without arbitrary order, ordering on anything but the queried partition's sort key is refused before any request. */
    @DriverTest
    @Requires(value = "arbitraryOrder", absent = true)
    void orderingOnAFieldThatIsNoSortKeyIsRefused(Toasty db, Recorder recorder) {
        insertFive(db);
        db.insert(new Membership(1, 1, "a", LocalDate.of(2024, 1, 1)));
        recorder.clear();
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("ordering User by name");
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.id.desc()).first())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("ordering User by id");
        assertThatThrownBy(() -> db.query(User.class).where(User_.age.eq(28)).orderBy(User_.createdAt.desc()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("ordering User by createdAt");
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.age.asc()).paginate(2))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("ordering User by age");
        assertThatThrownBy(() -> db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.role.asc()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("ordering Membership by role");
        assertThat(recorder.statements()).isEmpty();
    }

    /** Without offset, offset(n) is refused in list, first and count before any request. */
    @DriverTest
    @Requires(value = "offset", absent = true)
    void offsetIsRefused(Toasty db, Recorder recorder) {
        insertFive(db);
        recorder.clear();
        assertThatThrownBy(() -> db.query(User.class).offset(1).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("offset(...)");
        assertThatThrownBy(() -> db.query(User.class).where(User_.age.gt(20)).limit(2).offset(1).first())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("offset(...)");
        assertThatThrownBy(() -> db.query(User.class).offset(3).count())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("offset(...)");
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void negativeLimitOrOffsetIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.query(User.class).limit(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> db.query(User.class).offset(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
    }
}
