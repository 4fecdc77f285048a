package dev.toasty.spring.data.repository.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the {@code :name} parameters of native SQL, which are matched to method parameters at startup. */
class SqlParametersTest {

    @Test
    void findsEachNameOnceInOrder() {
        assertThat(SqlParameters.names("select * from users where age >= :min and (name = :name or email = :name)"))
                .containsExactly("min", "name");
    }

    @Test
    void skipsQuotedTextIdentifiersAndCasts() {
        assertThat(SqlParameters.names("select ':no', \"a:b\", `c:d`, age::text from users where id = :id"))
                .containsExactly("id");
    }

    @Test
    void aColonBeforeANonIdentifierIsNoParameter() {
        assertThat(SqlParameters.names("select '12:30' as t, 1 : 2 from users where x = :x1_y")).containsExactly("x1_y");
        assertThat(SqlParameters.names("select * from users")).isEmpty();
    }
}
