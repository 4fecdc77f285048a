package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import org.springframework.data.repository.query.QueryCreationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @Query} native SQL with named parameters, and {@code @Modifying} writes; refused without SQL. */
class NativeQueryTest {

    @DriverTest
    @Requires("nativeSql")
    void aQueryBindsNamedParametersAndMapsRowsToTheModel(Toasty db) {
        Fixture.users(db);
        NativeUserRepository users = Fixture.repository(db, NativeUserRepository.class);
        assertThat(users.adults(25, true)).extracting(User::name).containsExactly("Bob");
        assertThat(users.adults(25, false)).extracting(User::name).containsExactly("Cid");
        assertThat(users.byEmail("dee@y")).map(User::name).contains("Dee");
        assertThat(users.byEmail("nobody@y")).isEmpty();
    }

    @DriverTest
    @Requires("nativeSql")
    void aQueryCanReturnAProjectionAndTakeACollection(Toasty db) {
        Fixture.users(db);
        NativeUserRepository users = Fixture.repository(db, NativeUserRepository.class);
        assertThat(users.contacts(List.of("Bob", "Cid", "Zed")))
                .containsExactly(new UserContact("Bob", "bob@x"), new UserContact("Cid", null));
    }

    @DriverTest
    @Requires("nativeSql")
    void modifyingQueriesReturnTheRowsChanged(Toasty db) {
        Fixture.users(db);
        NativeUserRepository users = Fixture.repository(db, NativeUserRepository.class);
        assertThat(users.setActiveBelow(35, false)).isEqualTo(2);
        assertThat(users.adults(0, false)).extracting(User::name).containsExactly("Ann", "Bob", "Cid");
        users.deleteNamed("Ann");
        assertThat(users.count()).isEqualTo(3);
    }

    @DriverTest
    @Requires("nativeSql")
    void aQueryCanReturnRowsOfAnotherModel(Toasty db) {
        db.insertAll(List.of(dev.toasty.suite.models.blog.Member.of("Carol", "c@x"),
                dev.toasty.suite.models.blog.Member.of("Alice", "a@x"), dev.toasty.suite.models.blog.Member.of("Bob", "b@x")));
        NativeUserRepository users = Fixture.repository(db, NativeUserRepository.class);
        assertThat(users.membersExcept("Bob")).extracting(dev.toasty.suite.models.blog.Member::name)
                .containsExactly("Alice", "Carol");
    }

    @DriverTest
    @Requires("nativeSql")
    void aQueryReturningAPageIsRefusedWithTheWayToPage(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.PagedSql.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("PagedSql.everyone")
                .hasMessageContaining("use a derived query method");
    }

    @DriverTest
    @Requires("nativeSql")
    void aSqlParameterWithoutAMethodParameterIsRefusedAtCreation(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.UnboundSqlParameter.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("UnboundSqlParameter.named")
                .hasMessageContaining(":age");
    }

    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void nativeSqlIsRefusedAtCreationWithoutSql(Toasty db) {
        assertThatThrownBy(() -> Fixture.repository(db, BrokenRepositories.NativeSql.class))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining("NativeSql.everyone")
                .hasRootCauseInstanceOf(UnsupportedFeatureException.class);
    }
}
