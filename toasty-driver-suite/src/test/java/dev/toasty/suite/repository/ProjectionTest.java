package dev.toasty.suite.repository;

import dev.toasty.driver.Feature;
import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.models.User;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Interface and record projections, by return type and by a {@code Class} argument. */
class ProjectionTest {

    @DriverTest
    void anInterfaceProjectionExposesItsGetters(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        List<UserName> names = users.findNamesByActiveTrue().stream().sorted(Comparator.comparing(UserName::getName)).toList();
        assertThat(names).extracting(UserName::getName).containsExactly("Ann", "Bob", "Dee");
        assertThat(names).extracting(UserName::getAge).containsExactly(20, 30, null);
    }

    @DriverTest
    void aRecordProjectionIsBuiltFromItsComponents(Toasty db, Recorder recorder) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        recorder.clear();
        assertThat(users.findContactsByActiveTrue()).containsExactlyInAnyOrder(
                new UserContact("Ann", "ann@x"), new UserContact("Bob", "bob@x"), new UserContact("Dee", "dee@y"));
        assertThat(users.findContactByEmail("bob@x")).contains(new UserContact("Bob", "bob@x"));
        if (db.capability().has(Feature.PROJECTIONS)) {
            String sql = recorder.statements().get(0).sql().toLowerCase(java.util.Locale.ROOT);
            assertThat(sql).contains("email").doesNotContain("created_at").doesNotContain("age");
        }
    }

    @DriverTest
    void aClassArgumentChoosesTheProjection(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThat(users.findByActive(false, UserContact.class)).containsExactly(new UserContact("Cid", null));
        assertThat(users.findByActive(false, UserName.class)).extracting(UserName::getAge).containsExactly(40);
        assertThat(users.findByActive(false, User.class)).extracting(User::name).containsExactly("Cid");
    }

    @DriverTest
    void aWindowOfProjections(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        var window = users.findFirst3ByAgeGreaterThan(25, org.springframework.data.domain.ScrollPosition.keyset());
        assertThat(window.getContent()).extracting(UserName::getName).containsExactlyInAnyOrder("Bob", "Cid");
    }
}
