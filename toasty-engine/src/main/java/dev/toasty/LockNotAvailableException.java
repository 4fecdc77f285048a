package dev.toasty;

/**
 * A row lock could not be taken: a {@code noWait()} query found a row locked by another transaction
 * (PostgreSQL's SQLSTATE {@code 55P03}, MySQL's error 3572), or a lock wait timed out (MySQL and MariaDB error
 * 1205, which MariaDB also raises for {@code NOWAIT}). Nothing was locked by the statement; the transaction is still
 * open on PostgreSQL only until it is rolled back, so retry the whole unit of work.
 */
public class LockNotAvailableException extends QueryException {

    private static final long serialVersionUID = 1L;

    public LockNotAvailableException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
