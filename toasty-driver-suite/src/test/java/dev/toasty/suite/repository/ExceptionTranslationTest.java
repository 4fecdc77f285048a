package dev.toasty.suite.repository;

import dev.toasty.Toasty;
import dev.toasty.driver.Feature;
import dev.toasty.spring.data.ToastyExceptionTranslator;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.Requires;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;
import dev.toasty.suite.models.blog.Member;
import dev.toasty.suite.models.blog.Post;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.jdbc.BadSqlGrammarException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The rows of docs/errors.md's translation table, provoked on the real backend: through a repository, where every
 * exception is translated on its way out, and through the engine with the translator a {@code @Repository} bean gets.
 */
class ExceptionTranslationTest {

    private static final ToastyExceptionTranslator TRANSLATOR = new ToastyExceptionTranslator();

    /** What a {@code @Repository} bean's caller sees when {@code call} throws. */
    private static DataAccessException translated(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should fail").isInstanceOf(RuntimeException.class);
        DataAccessException translated = TRANSLATOR.translateExceptionIfPossible((RuntimeException) thrown);
        assertThat(translated).as("translation of " + thrown).isNotNull().hasMessageStartingWith(thrown.getMessage());
        return translated;
    }

    @DriverTest
    void aDuplicateUniqueValueIsADuplicateKey(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        users.save(User.of("Ann", "ann@x", 20));
        assertThatThrownBy(() -> users.save(User.of("Other", "ann@x", 21))).isInstanceOf(DuplicateKeyException.class);
        assertThat(users.count()).isEqualTo(1);
    }

    @DriverTest
    void deletingARecordOthersStillPointAtIsADataIntegrityViolation(Toasty db) {
        MemberRepository members = Fixture.repository(db, MemberRepository.class);
        Member alice = db.insert(Member.of("Alice", "alice@example.com"));
        db.insert(Post.of("A1", true, 1, alice.id()));
        assertThatThrownBy(() -> members.delete(alice))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("still point");
        assertThat(members.existsById(alice.id())).isTrue();
    }

    @DriverTest
    void aMissingRequiredValueIsADataIntegrityViolation(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThatThrownBy(() -> users.save(User.of(null, "nobody@x", 1)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("User.name");
        assertThat(users.count()).isZero();
    }

    @DriverTest
    void aDamagedCursorIsAnApiUsageError(Toasty db) {
        Fixture.users(db);
        UserRepository users = Fixture.repository(db, UserRepository.class);
        assertThatThrownBy(() -> users.findFirst2ByActiveTrue(ScrollPosition.forward(Map.of("toasty.cursor", "not-a-cursor"))))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasCauseInstanceOf(dev.toasty.InvalidCursorException.class);
    }

    @DriverTest
    void aMissingTableIsAResourceUsageErrorAndBadSqlGrammarOnSql(Toasty db) {
        UserRepository users = Fixture.repository(db, UserRepository.class);
        db.dropSchema();
        Throwable thrown = catchThrowable(users::count);
        assertThat(thrown).isInstanceOf(InvalidDataAccessResourceUsageException.class);
        if (db.capability().has(Feature.NATIVE_SQL)) {
            assertThat(thrown).isInstanceOf(BadSqlGrammarException.class);
            assertThat((Throwable) ((BadSqlGrammarException) thrown).getSQLException()).isNotNull();
        }
    }

    @DriverTest
    void aSchemaThatDoesNotMatchIsAResourceUsageError(Toasty db) {
        db.dropSchema();
        assertThat(translated(db::validateSchema)).isInstanceOf(InvalidDataAccessResourceUsageException.class);
    }

    @DriverTest
    void aMissingRecordIsAnEmptyResult(Toasty db) {
        assertThat(translated(() -> db.get(User.class, -1L))).isInstanceOf(EmptyResultDataAccessException.class);
    }

    @DriverTest
    void moreThanOneRecordIsAnIncorrectResultSize(Toasty db) {
        Fixture.users(db);
        assertThat(translated(() -> db.query(User.class).where(User_.active.isTrue()).allowScan().one()))
                .isInstanceOf(IncorrectResultSizeDataAccessException.class);
    }

    @DriverTest
    void aRelationNotLoadedIsAnApiUsageError(Toasty db) {
        Member alice = db.get(Member.class, db.insert(Member.of("Alice", "alice@example.com")).id());
        assertThat(translated(() -> alice.posts().get())).isInstanceOf(InvalidDataAccessApiUsageException.class);
    }

    @DriverTest
    void aClassThatIsNotAModelIsAnApiUsageError(Toasty db) {
        assertThat(translated(() -> db.query(String.class).list())).isInstanceOf(InvalidDataAccessApiUsageException.class);
    }

    @DriverTest
    @Requires("nativeSql")
    void invalidNativeSqlIsBadSqlGrammar(Toasty db) {
        assertThat(translated(() -> db.sql("SELEKT name FROM users").list(User.class))).isInstanceOf(BadSqlGrammarException.class);
    }

    @DriverTest
    @Requires(value = "nativeSql", absent = true)
    void nativeSqlWhereThereIsNoneIsAnApiUsageError(Toasty db) {
        assertThat(translated(() -> db.sql("SELECT name FROM users").list(User.class)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class);
    }
}
