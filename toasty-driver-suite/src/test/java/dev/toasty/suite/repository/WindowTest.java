package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.support.WindowIterator;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyset scrolling over Toasty's cursors, forward and backward, and offset scrolling. */
class WindowTest {

    private static List<String> names(Window<User> window) {
        return window.getContent().stream().map(User::name).toList();
    }

    @DriverTest
    void forwardWindowsReadEveryRowOnce(Toasty db) {
        Fixture.users(db);
        db.insert(User.of("Eve", "eve@x", 50));
        UserRepository users = Fixture.repository(db, UserRepository.class);
        Window<User> first = users.findFirst2ByActiveTrue(ScrollPosition.keyset());
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        Window<User> second = users.findFirst2ByActiveTrue(first.positionAt(first.size() - 1));
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        List<String> seen = new ArrayList<>(names(first));
        seen.addAll(names(second));
        assertThat(seen).containsExactlyInAnyOrder("Ann", "Bob", "Dee", "Eve");
        assertThat(first.positionAt(1)).isInstanceOfSatisfying(KeysetScrollPosition.class,
                p -> assertThat(p.getKeys()).containsKey("toasty.cursor"));
    }

    @DriverTest
    void theWindowIteratorWalksAllWindows(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        List<String> seen = new ArrayList<>();
        WindowIterator.of(users::findFirst2ByActiveTrue).startingAt(ScrollPosition.keyset())
                .forEachRemaining(u -> seen.add(u.name()));
        assertThat(seen).containsExactlyInAnyOrder("Ann", "Bob", "Dee");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void backwardFromAWindowReadsTheRowsBefore(Toasty db) {
        Fixture.users(db);
        db.insert(User.of("Eve", "eve@x", 50));
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        Window<User> first = users.findFirst2ByActiveTrueOrderByAgeAsc(ScrollPosition.keyset());
        assertThat(names(first)).containsExactly("Ann", "Bob");
        Window<User> second = users.findFirst2ByActiveTrueOrderByAgeAsc(first.positionAt(1));
        assertThat(names(second)).containsExactly("Eve", "Dee");
        ScrollPosition back = second.positionAt(0);
        assertThat(back).isInstanceOfSatisfying(KeysetScrollPosition.class, p -> assertThat(p.scrollsBackward()).isTrue());
        Window<User> before = users.findFirst2ByActiveTrueOrderByAgeAsc(back);
        assertThat(names(before)).containsExactly("Ann", "Bob");
        assertThat(before.hasNext()).isFalse();
    }

    @DriverTest
    @Requires(value = "arbitraryOrder", absent = true)
    void backwardOverAScanIsRefused(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        Window<User> first = users.findFirst2ByActiveTrue(ScrollPosition.keyset());
        Window<User> second = users.findFirst2ByActiveTrue(first.positionAt(1));
        assertThatThrownBy(() -> users.findFirst2ByActiveTrue(second.positionAt(0)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class);
    }

    @DriverTest
    void aPositionWithoutAToastyCursorIsRefused(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThatThrownBy(() -> users.findFirst2ByActiveTrue(ScrollPosition.forward(java.util.Map.of("id", 3L))))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("toasty.cursor");
    }

    @DriverTest
    @Requires("offset")
    void offsetPositionsSkipRows(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        Window<UserName> first = users.findFirst3ByAgeGreaterThan(0, ScrollPosition.offset());
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.hasNext()).isFalse();
        Window<UserName> skip = users.findFirst3ByAgeGreaterThan(0, ScrollPosition.offset(0));
        assertThat(skip.size()).isEqualTo(2);
        assertThat(skip.positionAt(1)).isEqualTo(ScrollPosition.offset(2));
    }

    @DriverTest
    @Requires(value = "offset", absent = true)
    void offsetPositionsAreRefusedWithoutOffset(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findFirst3ByAgeGreaterThan(0, ScrollPosition.offset()).size()).isEqualTo(3);
        assertThatThrownBy(() -> users.findFirst3ByAgeGreaterThan(0, ScrollPosition.offset(1)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasCauseInstanceOf(dev.toasty.UnsupportedFeatureException.class);
    }
}
