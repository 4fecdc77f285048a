package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;

import java.util.List;

import static dev.toasty.suite.repository.Fixture.T1;
import static dev.toasty.suite.repository.Fixture.T2;
import static dev.toasty.suite.repository.Fixture.names;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per keyword of a derived query method, on the portable {@link UserRepository}. */
class DerivedQueryTest {

    @DriverTest
    void isAndEqualsCompareForEquality(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByName("Bob"))).containsExactly("Bob");
        assertThat(names(users.findByNameIs("Cid"))).containsExactly("Cid");
        assertThat(names(users.findByNameEquals("Zed"))).isEmpty();
    }

    @DriverTest
    void aNullArgumentOfEqualsMeansIsNull(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findByEmail(null).name()).isEqualTo("Cid");
    }

    @DriverTest
    void notExcludesTheValue(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByNameNot("Bob"))).containsExactly("Ann", "Cid", "Dee");
    }

    @DriverTest
    void rangeKeywordsCompareAndLeaveNullsOut(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByAgeLessThan(30))).containsExactly("Ann");
        assertThat(names(users.findByAgeLessThanEqual(30))).containsExactly("Ann", "Bob");
        assertThat(names(users.findByAgeGreaterThan(30L))).containsExactly("Cid");
        assertThat(names(users.findByAgeGreaterThanEqual(30))).containsExactly("Bob", "Cid");
        assertThat(names(users.findByAgeBetween(20, 30))).containsExactly("Ann", "Bob");
    }

    @DriverTest
    void beforeAndAfterCompareTimes(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByCreatedAtBefore(T1))).containsExactly("Ann");
        assertThat(names(users.findByCreatedAtAfter(T2))).containsExactly("Dee");
    }

    @DriverTest
    void inAndNotInTakeCollectionsAndArrays(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByAgeIn(List.of(20, 40, 99)))).containsExactly("Ann", "Cid");
        assertThat(names(users.findByAgeIn(List.of()))).isEmpty();
        assertThat(names(users.findByAgeNotIn(new Integer[] {20, 40}))).containsExactly("Bob");
    }

    @DriverTest
    void isNullAndIsNotNull(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByEmailIsNull())).containsExactly("Cid");
        assertThat(names(users.findByEmailIsNotNull())).containsExactly("Ann", "Bob", "Dee");
    }

    @DriverTest
    void startingWithAndContainingMatchLiterally(Toasty db) {
        Fixture.users(db);
        db.insert(dev.toasty.suite.models.User.of("A%n", "pct@x", 50));
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByNameStartingWith("A"))).containsExactly("A%n", "Ann");
        assertThat(names(users.findByNameStartingWith("A%"))).containsExactly("A%n");
        assertThat(names(users.findByNameContaining("e"))).containsExactly("Dee");
        assertThat(names(users.findByNameNotContaining("n"))).containsExactly("Bob", "Cid", "Dee");
    }

    @DriverTest
    void trueAndFalseTestBooleans(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByActiveTrue())).containsExactly("Ann", "Bob", "Dee");
        assertThat(names(users.findByActiveFalse())).containsExactly("Cid");
    }

    @DriverTest
    void distinctIsAcceptedAndRowsStayDistinctByKey(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findDistinctByActiveTrue())).containsExactly("Ann", "Bob", "Dee");
    }

    @DriverTest
    void andOrCombineAsTheNameSays(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findByAgeGreaterThanAndActiveTrue(25))).containsExactly("Bob");
        assertThat(names(users.findByNameOrEmail("Ann", "bob@x"))).containsExactly("Ann", "Bob");
        // (age < 25) OR (age > 35 AND active = false)
        assertThat(names(users.findByAgeLessThanOrAgeGreaterThanAndActiveFalse(25, 35))).containsExactly("Ann", "Cid");
    }

    @DriverTest
    void everyReadPrefixRunsTheSameQuery(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.readByName("Ann"))).containsExactly("Ann");
        assertThat(names(users.getByName("Ann"))).containsExactly("Ann");
        assertThat(names(users.queryByName("Ann"))).containsExactly("Ann");
        assertThat(names(users.searchByName("Ann"))).containsExactly("Ann");
        assertThat(users.streamByActiveTrue().map(u -> u.name()).sorted().toList()).containsExactly("Ann", "Bob", "Dee");
    }

    @DriverTest
    void theQueryIsBuiltOnceAndOnlyBoundPerCall(Toasty db, Recorder recorder) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        recorder.clear();
        users.findByAgeBetween(20, 30);
        users.findByAgeBetween(30, 40);
        assertThat(recorder.statements()).hasSize(2);
        assertThat(recorder.statements().get(0).shape()).isEqualTo(recorder.statements().get(1).shape());
    }
}
