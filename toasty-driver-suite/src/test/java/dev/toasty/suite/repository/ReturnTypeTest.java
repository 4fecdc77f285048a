package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.User;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;

import static dev.toasty.suite.repository.Fixture.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What derived query methods return: one entity, Optional, collections, counts, exists and deletes. */
class ReturnTypeTest {

    @DriverTest
    void aSingleEntityOrNull(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findByEmail("bob@x").name()).isEqualTo("Bob");
        assertThat(users.findByEmail("nobody@x")).isNull();
    }

    @DriverTest
    void anOptional(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findOptionalByEmail("ann@x")).map(User::name).contains("Ann");
        assertThat(users.findOptionalByEmail("nobody@x")).isEmpty();
    }

    @DriverTest
    void aSingleResultMethodRefusesSeveralRows(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findOptionalByEmail(null)).map(User::name).contains("Cid");
        db.insert(User.of("Eve", null, 22));
        assertThatThrownBy(() -> users.findByEmail(null)).isInstanceOf(IncorrectResultSizeDataAccessException.class);
        assertThatThrownBy(() -> users.findOptionalByEmail(null)).isInstanceOf(IncorrectResultSizeDataAccessException.class);
    }

    @DriverTest
    void collectionsAndIterables(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(names(users.findCollectionByActiveFalse())).containsExactly("Cid");
        assertThat(names(users.findIterableByActiveFalse())).containsExactly("Cid");
    }

    @DriverTest
    void topFirstAndLimitCapTheRows(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findTop2ByActiveTrue()).hasSize(2).allMatch(User::active);
        assertThat(users.findFirstByName("Dee")).map(User::age).isEmpty();
        assertThat(users.findFirstByName("Dee")).map(User::email).contains("dee@y");
        assertThat(users.findByActive(true, Limit.of(1))).hasSize(1);
        assertThat(users.findByActive(true, Limit.unlimited())).hasSize(3);
    }

    @DriverTest
    void countAndExists(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.countByActiveTrue()).isEqualTo(3L);
        assertThat(users.countByName("Cid")).isEqualTo(1);
        assertThat(users.countByName("Zed")).isZero();
        assertThat(users.existsByEmail("dee@y")).isTrue();
        assertThat(users.existsByEmail("zed@y")).isFalse();
    }

    @DriverTest
    void deleteReturnsTheCountNothingOrTheDeletedRows(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.deleteByActiveFalse()).isEqualTo(1L);
        assertThat(names(users.findAll())).containsExactly("Ann", "Bob", "Dee");
        users.removeByName("Dee");
        assertThat(names(users.findAll())).containsExactly("Ann", "Bob");
        assertThat(users.deleteByAge(30)).extracting(User::name).containsExactly("Bob");
        assertThat(users.deleteByAge(30)).isEmpty();
        assertThat(names(users.findAll())).containsExactly("Ann");
    }
}
