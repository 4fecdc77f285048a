package dev.toasty.spring.data;

import dev.toasty.ConnectionException;
import dev.toasty.FieldNotLoadedException;
import dev.toasty.ForeignKeyViolationException;
import dev.toasty.InvalidCursorException;
import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.RelationNotLoadedException;
import dev.toasty.SchemaException;
import dev.toasty.SchemaMismatchException;
import dev.toasty.ToastyException;
import dev.toasty.TooManyRecordsException;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.migrate.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One case per row of the table in docs/errors.md: each Toasty exception becomes the Spring type the table gives,
 * with Toasty's message, and the Toasty exception (or, for the SQL errors Spring translates, the driver's
 * SQLException) as the cause. The driver suite provokes the same exceptions on the real backends.
 */
class ToastyExceptionTranslatorTest {

    private final ToastyExceptionTranslator translator = new ToastyExceptionTranslator();

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments(new UniqueViolationException("dup", "User", List.of("email"), "23505", null), DuplicateKeyException.class),
                arguments(new ForeignKeyViolationException("still points"), DataIntegrityViolationException.class),
                arguments(new dev.toasty.OptimisticLockException("stale", "Counter", 1L),
                        org.springframework.dao.OptimisticLockingFailureException.class),
                arguments(new dev.toasty.LockNotAvailableException("row locked", "55P03",
                        new java.sql.SQLException("could not obtain lock", "55P03")),
                        org.springframework.dao.CannotAcquireLockException.class),
                arguments(new ValidationException("User.name is required"), DataIntegrityViolationException.class),
                arguments(new RecordNotFoundException("no User"), EmptyResultDataAccessException.class),
                arguments(new TooManyRecordsException("two Users"), IncorrectResultSizeDataAccessException.class),
                arguments(new SchemaMismatchException("table users is missing"), InvalidDataAccessResourceUsageException.class),
                arguments(new SchemaException("String is not a model"), InvalidDataAccessApiUsageException.class),
                arguments(new UnsupportedFeatureException("native SQL", "DynamoDB", "use the query API"),
                        InvalidDataAccessApiUsageException.class),
                arguments(new InvalidCursorException("damaged cursor"), InvalidDataAccessApiUsageException.class),
                arguments(new RelationNotLoadedException("Owner.pets is not loaded"), InvalidDataAccessApiUsageException.class),
                arguments(new FieldNotLoadedException("Article.body is not loaded"), InvalidDataAccessApiUsageException.class),
                arguments(new ConnectionException("pool timed out", null), DataAccessResourceFailureException.class),
                arguments(new MigrationException("V2 failed"), NonTransientDataAccessResourceException.class),
                arguments(new ToastyException("something new"), UncategorizedToastyException.class));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachToastyExceptionHasItsSpringType(ToastyException thrown, Class<? extends DataAccessException> expected) {
        DataAccessException translated = translator.translateExceptionIfPossible(thrown);
        assertThat(translated).isExactlyInstanceOf(expected).hasMessage(thrown.getMessage()).hasCause(thrown);
    }

    static Stream<Arguments> sqlErrors() {
        return Stream.of(
                arguments(new SQLException("relation \"users\" does not exist", "42P01"), BadSqlGrammarException.class),
                arguments(new SQLSyntaxErrorException("Table 'test.users' doesn't exist", "42S02", 1146), BadSqlGrammarException.class),
                arguments(new SQLException("could not serialize access", "40001"), PessimisticLockingFailureException.class),
                arguments(new SQLException("value too long", "22001"), DataIntegrityViolationException.class),
                arguments(new SQLException("the driver's own trouble", "ZZ999"), UncategorizedSQLException.class));
    }

    @ParameterizedTest
    @MethodSource("sqlErrors")
    void aQueryExceptionGoesThroughSpringsSqlStateTranslation(SQLException driver, Class<? extends DataAccessException> expected) {
        QueryException thrown = new QueryException("SELECT on User failed [" + driver.getSQLState() + "]: " + driver.getMessage(),
                driver.getSQLState(), driver);
        DataAccessException translated = translator.translateExceptionIfPossible(thrown);
        assertThat(translated).isInstanceOf(expected).hasMessageContaining("SELECT on User failed").hasRootCause(driver);
    }

    @Test
    void onMysqlSpringsTableOfErrorCodesIsReadToo() {
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        QueryException thrown = new QueryException("UPDATE on User failed [HY000]: Lock wait timeout exceeded", "HY000", lockWait);
        assertThat(new ToastyExceptionTranslator(() -> null).translateExceptionIfPossible(thrown))
                .isInstanceOf(UncategorizedSQLException.class);
        assertThat(new DatabaseErrors(() -> "mysql").translate(thrown)).isInstanceOf(CannotAcquireLockException.class)
                .hasMessage(thrown.getMessage());
    }

    @Test
    void sqliteErrorsWithoutSqlStateAreReadFromTheirResultCode() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            assertThat(translate(statement, "SELECT * FROM users")).isInstanceOf(BadSqlGrammarException.class);
            assertThat(translate(statement, "SELEKT 1")).isInstanceOf(BadSqlGrammarException.class);
            statement.execute("CREATE TABLE pets (name TEXT NOT NULL CHECK (length(name) > 0))");
            assertThat(translate(statement, "INSERT INTO pets VALUES ('')")).isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private DataAccessException translate(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            return translator.translateExceptionIfPossible(new QueryException("SQL failed: " + e.getMessage(), null, e));
        }
        throw new AssertionError("expected " + sql + " to fail");
    }

    static Stream<Arguments> dynamoCodes() {
        return Stream.of(
                arguments("ResourceNotFoundException", InvalidDataAccessResourceUsageException.class),
                arguments("ConditionalCheckFailed", ConcurrencyFailureException.class),
                arguments("TransactionCanceledException", ConcurrencyFailureException.class),
                arguments("ProvisionedThroughputExceededException", TransientDataAccessResourceException.class),
                arguments("SomethingElse", UncategorizedToastyException.class));
    }

    @ParameterizedTest
    @MethodSource("dynamoCodes")
    void aDynamoDbErrorIsTranslatedByItsCode(String code, Class<? extends DataAccessException> expected) {
        QueryException thrown = new QueryException("GetItem on User failed [" + code + "]: ...", code, new RuntimeException(code));
        assertThat(translator.translateExceptionIfPossible(thrown)).isExactlyInstanceOf(expected).hasCause(thrown);
    }

    @Test
    void otherExceptionsAreLeftAlone() {
        assertThat(translator.translateExceptionIfPossible(new IllegalArgumentException("limit(-1)"))).isNull();
    }
}
