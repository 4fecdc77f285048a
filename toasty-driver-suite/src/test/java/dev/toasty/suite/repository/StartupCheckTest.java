package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Recorder;
import dev.toasty.suite.Requires;
import org.springframework.data.repository.query.QueryCreationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks made when a repository is created: each faulty method stops the creation with a
 * {@link QueryCreationException} naming the repository, the method and the reason, and sends nothing.
 */
class StartupCheckTest {

    private static void refused(Toasty db, Class<?> repository, String method, String... reason) {
        var thrown = assertThatThrownBy(() -> Fixture.repository(db, repository))
                .isInstanceOf(QueryCreationException.class)
                .hasMessageContaining(repository.getName() + "." + method);
        for (String r : reason) {
            thrown.hasMessageContaining(r);
        }
    }

    @DriverTest
    void aMisspelledPropertyNamesTheMethod(Toasty db, Recorder recorder) {
        refused(db, BrokenRepositories.Misspelled.class, "findByNmae", "nmae", "name");
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    void tooFewOrTooManyArguments(Toasty db) {
        refused(db, BrokenRepositories.TooFewArguments.class, "findByAgeBetween", "Between on 'age' needs 2");
        refused(db, BrokenRepositories.TooManyArguments.class, "findByName", "parameter 'extra' is not used");
    }

    @DriverTest
    void anArgumentOfAnotherType(Toasty db) {
        refused(db, BrokenRepositories.WrongType.class, "findByAge", "parameter 'age' is String", "holds Integer");
    }

    @DriverTest
    void keywordsToastyLacks(Toasty db) {
        refused(db, BrokenRepositories.Regex.class, "findByNameRegex", "Regex", "no Toasty equivalent");
        refused(db, BrokenRepositories.Empty.class, "findByNameIsEmpty", "IsEmpty");
    }

    @DriverTest
    @Requires("like")
    void aTextKeywordOnANumber(Toasty db) {
        refused(db, BrokenRepositories.LikeOnNumber.class, "findByAgeLike", "applies to text fields");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void anUnknownOrderByProperty(Toasty db) {
        refused(db, BrokenRepositories.UnknownOrder.class, "findByActiveTrueOrderByHeightDesc", "height");
    }

    @DriverTest
    void aProjectionOfAFieldTheModelLacks(Toasty db) {
        refused(db, BrokenRepositories.BadProjection.class, "findHeightsByActiveTrue", "'height'", "User has no such field");
    }

    @DriverTest
    @Requires(value = "arbitraryOrder", absent = true)
    void orderByIsRefusedWithoutArbitraryOrder(Toasty db) {
        refused(db, BrokenRepositories.OrderBy.class, "findByActiveTrueOrderByAgeDesc", "does not support ordering User by age");
        assertThatThrownBy(() -> Fixture.repository(db, SortedUserRepository.class)).isInstanceOf(QueryCreationException.class);
    }

    @DriverTest
    @Requires(value = "offset", absent = true)
    void aPageableIsRefusedWithoutOffset(Toasty db) {
        refused(db, BrokenRepositories.Paged.class, "findByActive", "does not support offset(...)");
    }
}
