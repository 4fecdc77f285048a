package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import org.springframework.data.repository.query.QueryCreationException;

import static dev.toasty.suite.repository.Fixture.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Like, NotLike, EndingWith and the IgnoreCase family, on backends that can; refused at creation elsewhere. */
class MatchingTest {

    @DriverTest
    @Requires("like")
    @Requires("endsWith")
    @Requires("ignoreCase")
    void likePatternsAndSuffixes(Toasty db, Backend backend) {
        Fixture.users(db);
        MatchingUserRepository users = Fixture.repository(db, MatchingUserRepository.class);
        assertThat(names(users.findByNameLike("_o%"))).containsExactly("Bob");
        assertThat(names(users.findByNameNotLike("%e%"))).containsExactly("Ann", "Bob", "Cid");
        assertThat(names(users.findByNameEndingWith("nn"))).containsExactly("Ann");
        assertThat(names(users.findByNameEndingWith("%"))).isEmpty();
    }

    @DriverTest
    @Requires("like")
    @Requires("endsWith")
    @Requires("ignoreCase")
    void ignoreCaseComparesLowerCaseForms(Toasty db) {
        Fixture.users(db);
        db.insert(User.of("ANN", "ann2@X", 21));
        MatchingUserRepository users = Fixture.repository(db, MatchingUserRepository.class);
        assertThat(names(users.findByNameIgnoreCase("aNn"))).containsExactly("ANN", "Ann");
        assertThat(names(users.findByNameNotIgnoreCase("ann"))).containsExactly("Bob", "Cid", "Dee");
        assertThat(names(users.findByNameContainingIgnoreCase("N"))).containsExactly("ANN", "Ann");
        assertThat(names(users.findByNameStartingWithAndEmailEndingWithAllIgnoreCase("a", "@x"))).containsExactly("ANN", "Ann");
        assertThat(names(users.findByNameStartingWithAndAgeGreaterThanAllIgnoreCase("A", 20))).containsExactly("ANN");
    }

    @DriverTest
    @Requires(value = "like", absent = true)
    void likeIsRefusedWhenTheRepositoryIsCreated(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.Like.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("BrokenRepositories$Like.findByNameLike")
                .hasMessageContaining("dynamodb does not support like(...) patterns");
        assertThatThrownBy(() -> Fixture.repository(db, MatchingUserRepository.class)).isInstanceOf(QueryCreationException.class);
    }

    @DriverTest
    @Requires(value = "endsWith", absent = true)
    void endingWithIsRefusedWhenTheRepositoryIsCreated(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.EndingWith.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("findByNameEndingWith").hasMessageContaining("does not support endsWith(...)");
    }

    @DriverTest
    @Requires(value = "ignoreCase", absent = true)
    void ignoreCaseIsRefusedWhenTheRepositoryIsCreated(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.IgnoreCase.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("findByNameIgnoreCase").hasMessageContaining("does not support case-insensitive matching");
    }
}
