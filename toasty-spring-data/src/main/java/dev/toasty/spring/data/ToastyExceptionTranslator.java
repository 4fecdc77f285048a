package dev.toasty.spring.data;

import dev.toasty.ConnectionException;
import dev.toasty.FieldNotLoadedException;
import dev.toasty.ForeignKeyViolationException;
import dev.toasty.InvalidCursorException;
import dev.toasty.LockNotAvailableException;
import dev.toasty.OptimisticLockException;
import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.RelationNotLoadedException;
import dev.toasty.SchemaException;
import dev.toasty.SchemaMismatchException;
import dev.toasty.Toasty;
import dev.toasty.ToastyException;
import dev.toasty.TooManyRecordsException;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import dev.toasty.migrate.MigrationException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

import java.util.function.Supplier;

/**
 * Translates every Toasty exception into Spring's {@link DataAccessException} family (the table is in
 * {@code docs/errors.md}). Exceptions with a Toasty meaning map to the matching Spring type and keep the Toasty
 * exception as the cause. A {@link QueryException} (the database refused a statement for a reason Toasty has no
 * narrower exception for) goes through Spring's own SQLSTATE translation, so a missing table is a
 * {@code BadSqlGrammarException} and a lock timeout a {@code CannotAcquireLockException}, as from a
 * {@code JdbcTemplate}; DynamoDB's error codes get the same treatment in {@link DatabaseErrors}.
 */
public final class ToastyExceptionTranslator implements PersistenceExceptionTranslator {

    private final DatabaseErrors database;

    /** A translator that does not know the backend: SQL errors are read by exception type and SQLSTATE only. */
    public ToastyExceptionTranslator() {
        this(() -> null);
    }

    /**
     * A translator for the backend of {@code toasty}, asked when an exception is translated (so a Spring bean can be
     * created before the Toasty bean): on PostgreSQL and MySQL/MariaDB, Spring's tables of their error codes are read
     * too, so that a MySQL lock wait timeout (1205, SQLSTATE HY000) is a {@code CannotAcquireLockException}.
     */
    public ToastyExceptionTranslator(Supplier<Toasty> toasty) {
        this.database = new DatabaseErrors(() -> {
            Toasty db = toasty.get();
            return db == null ? null : db.capability().backend();
        });
    }

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (!(ex instanceof ToastyException e)) {
            return null;
        }
        String message = e.getMessage();
        return switch (e) {
            case UniqueViolationException u -> new DuplicateKeyException(message, u);
            case OptimisticLockException o -> new OptimisticLockingFailureException(message, o);
            case LockNotAvailableException l -> new CannotAcquireLockException(message, l);
            case QueryException q -> database.translate(q);
            case ForeignKeyViolationException f -> new DataIntegrityViolationException(message, f);
            case ValidationException v -> new DataIntegrityViolationException(message, v);
            case RecordNotFoundException n -> new EmptyResultDataAccessException(message, 1, n);
            case TooManyRecordsException t -> new IncorrectResultSizeDataAccessException(message, 1, t);
            case SchemaMismatchException s -> new InvalidDataAccessResourceUsageException(message, s);
            case SchemaException s -> new InvalidDataAccessApiUsageException(message, s);
            case UnsupportedFeatureException u -> new InvalidDataAccessApiUsageException(message, u);
            case InvalidCursorException c -> new InvalidDataAccessApiUsageException(message, c);
            case RelationNotLoadedException r -> new InvalidDataAccessApiUsageException(message, r);
            case FieldNotLoadedException f -> new InvalidDataAccessApiUsageException(message, f);
            case ConnectionException c -> new DataAccessResourceFailureException(message, c);
            case MigrationException m -> new NonTransientDataAccessResourceException(message, m);
            default -> new UncategorizedToastyException(message, e);
        };
    }
}
