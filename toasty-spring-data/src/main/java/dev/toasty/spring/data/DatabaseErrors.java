package dev.toasty.spring.data;

import dev.toasty.QueryException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a {@link QueryException} means to Spring. With a JDBC {@link SQLException} as its cause, Spring's own
 * translation decides (the vendor's error codes where Spring knows the backend's, then the exception subclass, then the
 * SQLSTATE), after a look at SQLite's result codes, which carry no SQLSTATE. Without one (DynamoDB), the error code Toasty kept as {@link QueryException#sqlState()} decides.
 * The translated exception's message is Toasty's, which names the operation and the model.
 */
final class DatabaseErrors {

    private static final Set<String> DYNAMO_MISSING = Set.of("ResourceNotFoundException");
    private static final Set<String> DYNAMO_CONFLICTS = Set.of("ConditionalCheckFailed", "ConditionalCheckFailedException",
            "TransactionCanceledException", "TransactionConflictException", "TransactionInProgressException");
    private static final Set<String> DYNAMO_THROTTLED = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "LimitExceededException", "InternalServerError");

    /** Spring's name for the error codes of Toasty's SQL backends ({@code Capability.backend()}). */
    private static final Map<String, String> VENDORS = Map.of("postgresql", "PostgreSQL", "mysql", "MySQL");

    private final Supplier<String> backend;
    private final Map<String, SQLExceptionTranslator> translators = new ConcurrentHashMap<>();

    /** {@code backend} names the backend of the failing statement, or gives null when unknown. */
    DatabaseErrors(Supplier<String> backend) {
        this.backend = backend;
    }

    DataAccessException translate(QueryException e) {
        SQLException sql = sqlCause(e);
        String message = e.getMessage();
        if (sql == null) {
            return dynamo(message, e);
        }
        DataAccessException sqlite = sqlite(message, sql);
        if (sqlite != null) {
            return sqlite;
        }
        String vendor = backend.get() == null ? null : VENDORS.get(backend.get());
        SQLExceptionTranslator spring = translators.computeIfAbsent(vendor == null ? "" : vendor, DatabaseErrors::springTranslator);
        DataAccessException translated = spring.translate(message, null, sql);
        return translated != null ? translated : new UncategorizedSQLException(message, null, sql);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** SQLite's driver gives its result code in the message and no SQLSTATE, so Spring's translation sees nothing. */
    private static DataAccessException sqlite(String message, SQLException sql) {
        String text = sql.getMessage() == null ? "" : sql.getMessage();
        if (sql.getSQLState() != null || !text.startsWith("[SQLITE_")) {
            return null;
        }
        if (text.startsWith("[SQLITE_ERROR]") && (text.contains("no such table") || text.contains("no such column")
                || text.contains("syntax error") || text.contains("has no column named"))) {
            return new BadSqlGrammarException(message, "", sql);
        }
        if (text.startsWith("[SQLITE_BUSY") || text.startsWith("[SQLITE_LOCKED")) {
            return new CannotAcquireLockException(message, sql);
        }
        if (text.startsWith("[SQLITE_CONSTRAINT")) {
            return new DataIntegrityViolationException(message, sql);
        }
        return null;
    }

    private static DataAccessException dynamo(String message, QueryException e) {
        String code = e.sqlState();
        if (code == null) {
            return new UncategorizedToastyException(message, e);
        }
        if (DYNAMO_MISSING.contains(code)) {
            return new InvalidDataAccessResourceUsageException(message, e);
        }
        if (DYNAMO_CONFLICTS.contains(code)) {
            return new ConcurrencyFailureException(message, e);
        }
        if (DYNAMO_THROTTLED.contains(code)) {
            return new TransientDataAccessResourceException(message, e);
        }
        return new UncategorizedToastyException(message, e);
    }

    /**
     * Spring's error-code (for a known vendor), then subclass, then SQLSTATE translation, each keeping Toasty's message
     * (which already holds the driver's) as it is.
     */
    private static SQLExceptionTranslator springTranslator(String vendor) {
        SQLExceptionSubclassTranslator bySubclass = new SQLExceptionSubclassTranslator() {
            @Override
            protected String buildMessage(String task, String sql, SQLException ex) {
                return task;
            }
        };
        bySubclass.setFallbackTranslator(new SQLStateSQLExceptionTranslator() {
            @Override
            protected String buildMessage(String task, String sql, SQLException ex) {
                return task;
            }
        });
        if (vendor.isEmpty()) {
            return bySubclass;
        }
        SQLErrorCodeSQLExceptionTranslator byCode = new SQLErrorCodeSQLExceptionTranslator(vendor) {
            @Override
            protected String buildMessage(String task, String sql, SQLException ex) {
                return task;
            }
        };
        byCode.setFallbackTranslator(bySubclass);
        return byCode;
    }
}
