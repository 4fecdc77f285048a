package dev.toasty.spring.data;

import dev.toasty.ConnectionException;
import dev.toasty.QueryException;
import dev.toasty.RecordNotFoundException;
import dev.toasty.ToastyException;
import dev.toasty.TooManyRecordsException;
import dev.toasty.UniqueViolationException;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.ValidationException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates Toasty's exceptions into Spring's {@link DataAccessException} family, keeping the
 * Toasty exception as the cause: a duplicate key becomes {@link DuplicateKeyException}, and so on.
 */
public final class ToastyExceptionTranslator implements PersistenceExceptionTranslator {

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (!(ex instanceof ToastyException e)) {
            return null;
        }
        return switch (e) {
            case UniqueViolationException u -> new DuplicateKeyException(u.getMessage(), u);
            case RecordNotFoundException n -> new EmptyResultDataAccessException(n.getMessage(), 1, n);
            case TooManyRecordsException t -> new IncorrectResultSizeDataAccessException(t.getMessage(), 1, t);
            case ValidationException v -> new DataIntegrityViolationException(v.getMessage(), v);
            case UnsupportedFeatureException u -> new InvalidDataAccessApiUsageException(u.getMessage(), u);
            case ConnectionException c -> new DataAccessResourceFailureException(c.getMessage(), c);
            case QueryException q -> new UncategorizedDataAccessException(q.getMessage(), q) {
                private static final long serialVersionUID = 1L;
            };
            default -> null;
        };
    }
}
