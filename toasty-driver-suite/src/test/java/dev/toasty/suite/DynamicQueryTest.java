package dev.toasty.suite;

import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries assembled from optional criteria: whereIf, whereIfNotNull, whereIfPresent, Filter.all/any/always/never. */
class DynamicQueryTest {

    /** A search form: every criterion may be left empty (null). */
    record Search(String namePrefix, Integer minAge, Integer maxAge, String emailDomain, Boolean active) {

        static Search none() {
            return new Search(null, null, null, null, null);
        }

        Search prefix(String p) {
            return new Search(p, minAge, maxAge, emailDomain, active);
        }

        Search min(Integer a) {
            return new Search(namePrefix, a, maxAge, emailDomain, active);
        }

        Search max(Integer a) {
            return new Search(namePrefix, minAge, a, emailDomain, active);
        }

        Search domain(String d) {
            return new Search(namePrefix, minAge, maxAge, d, active);
        }

        Search active(Boolean a) {
            return new Search(namePrefix, minAge, maxAge, emailDomain, a);
        }
    }

    private static List<String> search(Toasty db, Search s) {
        return db.query(User.class)
                .whereIfNotNull(s.namePrefix(), User_.name::startsWith)
                .whereIfNotNull(s.minAge(), User_.age::ge)
                .whereIfNotNull(s.maxAge(), User_.age::le)
                .whereIfNotNull(s.emailDomain(), d -> User_.email.endsWith("@" + d))
                .whereIfNotNull(s.active(), User_.active::eq)
                .list().stream().map(User::name).toList();
    }

    /** Alice 30, Alina 45 (inactive), Bob 25, Carl (no age), Dana 60 (no email, inactive). */
    private static void seed(Toasty db) {
        db.insertAll(List.of(
                new User(null, "Alice", "alice@example.com", 30, null, null, true),
                new User(null, "Alina", "alina@corp.org", 45, null, null, false),
                new User(null, "Bob", "bob@example.com", 25, null, null, true),
                new User(null, "Carl", "carl@corp.org", null, null, null, true),
                new User(null, "Dana", null, 60, null, null, false)));
    }

    private static List<String> names(Query<User> query) {
        return query.list().stream().map(User::name).toList();
    }

    @DriverTest
    void noCriteriaReturnsEveryRecord(Toasty db, Recorder recorder) {
        seed(db);
        recorder.clear();
        assertThat(search(db, Search.none())).containsExactlyInAnyOrder("Alice", "Alina", "Bob", "Carl", "Dana");
        assertThat(recorder.statements()).singleElement().satisfies(e -> assertThat(e.sql()).doesNotContain("WHERE"));
    }

    @DriverTest
    @Requires("endsWith")
    void eachCriterionAlone(Toasty db) {
        seed(db);
        assertThat(search(db, Search.none().prefix("Al"))).as("name prefix").containsExactlyInAnyOrder("Alice", "Alina");
        assertThat(search(db, Search.none().min(45))).as("min age").containsExactlyInAnyOrder("Alina", "Dana");
        assertThat(search(db, Search.none().max(30))).as("max age").containsExactlyInAnyOrder("Alice", "Bob");
        assertThat(search(db, Search.none().domain("corp.org"))).as("email domain").containsExactlyInAnyOrder("Alina", "Carl");
        assertThat(search(db, Search.none().active(false))).as("inactive").containsExactlyInAnyOrder("Alina", "Dana");
        assertThat(search(db, Search.none().active(true))).as("active").containsExactlyInAnyOrder("Alice", "Bob", "Carl");
    }

    @DriverTest
    @Requires("endsWith")
    void criteriaCombineWithAnd(Toasty db) {
        seed(db);
        assertThat(search(db, Search.none().prefix("Al").active(true))).containsExactly("Alice");
        assertThat(search(db, Search.none().min(26).max(50))).containsExactlyInAnyOrder("Alice", "Alina");
        assertThat(search(db, Search.none().domain("example.com").max(26))).containsExactly("Bob");
        assertThat(search(db, Search.none().prefix("B").domain("corp.org"))).isEmpty();
    }

    @DriverTest
    @Requires("endsWith")
    void allFiveCriteria(Toasty db) {
        seed(db);
        Search all = new Search("A", 20, 40, "example.com", true);
        assertThat(search(db, all)).containsExactly("Alice");
        assertThat(search(db, all.active(false))).isEmpty();
    }

    /** The criteria other than the email domain (an endsWith), alone and combined, on every backend. */
    @DriverTest
    void criteriaWithoutTheEmailDomainAloneAndCombined(Toasty db) {
        seed(db);
        assertThat(search(db, Search.none().prefix("Al"))).as("name prefix").containsExactlyInAnyOrder("Alice", "Alina");
        assertThat(search(db, Search.none().min(45))).as("min age").containsExactlyInAnyOrder("Alina", "Dana");
        assertThat(search(db, Search.none().max(30))).as("max age").containsExactlyInAnyOrder("Alice", "Bob");
        assertThat(search(db, Search.none().active(false))).as("inactive").containsExactlyInAnyOrder("Alina", "Dana");
        assertThat(search(db, Search.none().prefix("Al").active(true))).containsExactly("Alice");
        assertThat(search(db, Search.none().min(26).max(50))).containsExactlyInAnyOrder("Alice", "Alina");
        Search four = new Search("A", 20, 40, null, true);
        assertThat(search(db, four)).containsExactly("Alice");
        assertThat(search(db, four.active(false))).isEmpty();
    }

    @DriverTest
    void whereIfAppliesOnlyWhenTrueAndSkipsTheSupplier(Toasty db) {
        seed(db);
        AtomicInteger calls = new AtomicInteger();
        Query<User> skipped = db.query(User.class).whereIf(false, () -> {
            calls.incrementAndGet();
            return User_.name.eq("Bob");
        });
        assertThat(names(skipped)).hasSize(5);
        assertThat(calls).hasValue(0);
        assertThat(names(db.query(User.class).whereIf(true, () -> User_.name.eq("Bob")))).containsExactly("Bob");
    }

    @DriverTest
    void whereIfNotNullSkipsOnlyNull(Toasty db) {
        seed(db);
        String blank = "";
        // an empty string is a value, not an absent one
        assertThat(names(db.query(User.class).whereIfNotNull(blank, User_.name::eq))).isEmpty();
        assertThat(names(db.query(User.class).whereIfNotNull((String) null, User_.name::eq))).hasSize(5);
    }

    @DriverTest
    void emptyOptionalIsSkippedAndPresentOneApplied(Toasty db) {
        seed(db);
        Query<User> skipped = db.query(User.class).whereIfPresent(Optional.empty(), v -> {
            throw new AssertionError("called for an empty Optional");
        });
        assertThat(names(skipped)).hasSize(5);
        Optional<String> prefix = Optional.of("Al");
        // the function receives the Optional's content
        Query<User> applied = db.query(User.class).whereIfPresent(prefix, User_.name::startsWith);
        assertThat(names(applied)).containsExactlyInAnyOrder("Alice", "Alina");
    }

    @DriverTest
    void optionalCriterionIsUnwrappedForAFunctionOfItsContent(Toasty db) {
        seed(db);
        Optional<Integer> minAge = Optional.of(45);
        Query<User> query = db.query(User.class).whereIfPresent(minAge, User_.age::ge);
        assertThat(names(query)).containsExactlyInAnyOrder("Alina", "Dana");
        assertThat(names(db.query(User.class).whereIfPresent(Optional.<Integer>empty(), User_.age::ge))).hasSize(5);
    }


    @DriverTest
    void filterAllSkipsNulls(Toasty db) {
        seed(db);
        assertThat(names(db.query(User.class).where(Filter.all(null, User_.age.ge(30), null))))
                .containsExactlyInAnyOrder("Alice", "Alina", "Dana");
        assertThat(names(db.query(User.class).where(Filter.all(null, User_.age.ge(30), User_.active.isTrue()))))
                .containsExactly("Alice");
        assertThat(names(db.query(User.class).where(Filter.<User>all(null, null)))).hasSize(5);
        assertThat(names(db.query(User.class).where(Filter.all(Arrays.asList(null, User_.name.eq("Bob"))))))
                .containsExactly("Bob");
    }

    @DriverTest
    void filterAnySkipsNulls(Toasty db) {
        seed(db);
        assertThat(names(db.query(User.class).where(Filter.any(null, User_.name.eq("Bob"), User_.age.ge(60), null))))
                .containsExactlyInAnyOrder("Bob", "Dana");
        assertThat(names(db.query(User.class).where(Filter.<User>any(null, null)))).isEmpty();
        assertThat(names(db.query(User.class).where(Filter.<User>any()))).isEmpty();
    }

    @DriverTest
    void alwaysAndNever(Toasty db) {
        seed(db);
        Filter<User> bob = User_.name.eq("Bob");
        assertThat(names(db.query(User.class).where(Filter.always()))).hasSize(5);
        assertThat(names(db.query(User.class).where(Filter.never()))).isEmpty();
        assertThat(db.query(User.class).where(Filter.never()).count()).isZero();
        assertThat(db.query(User.class).where(Filter.never()).exists()).isFalse();
        assertThat(names(db.query(User.class).where(Filter.<User>always().and(bob)))).containsExactly("Bob");
        assertThat(names(db.query(User.class).where(Filter.<User>never().or(bob)))).containsExactly("Bob");
        assertThat(names(db.query(User.class).where(Filter.<User>never().not()))).hasSize(5);
        assertThat(names(db.query(User.class).where(bob.and(Filter.never())))).isEmpty();
        assertThat(names(db.query(User.class).where(bob.or(Filter.always())))).hasSize(5);
    }

    @DriverTest
    @Requires("endsWith")
    void severalWhereCallsCombineWithAnd(Toasty db) {
        seed(db);
        Query<User> query = db.query(User.class)
                .where(User_.age.ge(25))
                .where(User_.active.isTrue())
                .where(null)
                .where(User_.email.endsWith("example.com"));
        assertThat(names(query)).containsExactlyInAnyOrder("Alice", "Bob");
        assertThat(names(query.where(User_.name.eq("Bob").or(User_.name.eq("Carl"))))).containsExactly("Bob");
    }

    /** Several where calls combine with AND when none of them is an endsWith. */
    @DriverTest
    void severalWhereCallsWithContainsCombineWithAnd(Toasty db) {
        seed(db);
        Query<User> query = db.query(User.class)
                .where(User_.age.ge(25))
                .where(User_.active.isTrue())
                .where(null)
                .where(User_.email.contains("@example."));
        assertThat(names(query)).containsExactlyInAnyOrder("Alice", "Bob");
        assertThat(names(query.where(User_.name.eq("Bob").or(User_.name.eq("Carl"))))).containsExactly("Bob");
    }

    @DriverTest
    void addingCriteriaLeavesTheBaseQueryUnchanged(Toasty db) {
        seed(db);
        Query<User> active = db.query(User.class).where(User_.active.isTrue());
        Query<User> activeA = active.whereIfNotNull("A", User_.name::startsWith);
        assertThat(names(activeA)).containsExactly("Alice");
        assertThat(names(active)).containsExactlyInAnyOrder("Alice", "Bob", "Carl");
    }
}
