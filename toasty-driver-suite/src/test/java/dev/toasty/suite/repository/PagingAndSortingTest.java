package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OrderBy, Sort, Pageable, Page and Slice, where the backend orders and skips rows; refused elsewhere. */
class PagingAndSortingTest {

    private static List<String> names(List<User> users) {
        return users.stream().map(User::name).toList();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderByInTheMethodName(Toasty db) {
        Fixture.users(db);
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        assertThat(names(users.findByActiveTrueOrderByAgeDesc())).containsExactly("Dee", "Bob", "Ann");
        db.insert(User.of("Aaa", "aaa@x", 30));
        assertThat(names(users.findByActiveOrderByAgeAscNameDesc(true))).containsExactly("Ann", "Bob", "Aaa", "Dee");
        assertThat(names(users.findTop2ByOrderByAgeDesc())).containsExactly("Dee", "Cid");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aSortParameter(Toasty db) {
        Fixture.users(db);
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        assertThat(names(users.findByActive(true, Sort.by("name").descending()))).containsExactly("Dee", "Bob", "Ann");
        assertThat(names(users.findByActive(true, Sort.by(Sort.Order.asc("age").nullsFirst())))).containsExactly("Dee", "Ann", "Bob");
        assertThat(names(users.findAll(Sort.by("createdAt")))).containsExactly("Ann", "Bob", "Cid", "Dee");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void anUnknownSortPropertyIsRefusedByName(Toasty db) {
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        assertThatThrownBy(() -> users.findByActive(true, Sort.by("height")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("'height'").hasMessageContaining("its fields are id, name");
        assertThatThrownBy(() -> users.findAll(Sort.by("nme"))).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("'nme'");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    @Requires("offset")
    void pagesCountTheTotal(Toasty db) {
        Fixture.users(db);
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        Page<User> first = users.findByActive(true, PageRequest.of(0, 2, Sort.by("name")));
        assertThat(names(first.getContent())).containsExactly("Ann", "Bob");
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        Page<User> second = users.findByActive(true, first.nextPageable());
        assertThat(names(second.getContent())).containsExactly("Dee");
        assertThat(second.hasNext()).isFalse();
        Page<User> all = users.findAll(PageRequest.of(1, 3, Sort.by("age").descending()));
        assertThat(names(all.getContent())).containsExactly("Ann");
        assertThat(all.getTotalElements()).isEqualTo(4);
        assertThat(users.findAll(Pageable.unpaged()).getContent()).hasSize(4);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    @Requires("offset")
    void slicesKnowWhetherMoreFollowWithoutCounting(Toasty db, dev.toasty.suite.Recorder recorder) {
        Fixture.users(db);
        SortedUserRepository users = Fixture.repository(db, SortedUserRepository.class);
        recorder.clear();
        Slice<User> first = users.findSliceByActive(true, PageRequest.of(0, 2, Sort.by("name")));
        assertThat(names(first.getContent())).containsExactly("Ann", "Bob");
        assertThat(first.hasNext()).isTrue();
        assertThat(recorder.statements()).hasSize(1);
        Slice<User> last = users.findSliceByActive(true, first.nextPageable());
        assertThat(names(last.getContent())).containsExactly("Dee");
        assertThat(last.hasNext()).isFalse();
    }

    @DriverTest
    @Requires(value = "offset", absent = true)
    void findAllBeyondTheFirstPageIsRefusedWithoutOffset(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findAll(PageRequest.of(0, 2)).getContent()).hasSize(2);
        assertThatThrownBy(() -> users.findAll(PageRequest.of(1, 2)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasCauseInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("offset paging");
    }
}
