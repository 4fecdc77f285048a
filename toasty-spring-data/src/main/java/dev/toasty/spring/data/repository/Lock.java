package dev.toasty.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Locks the rows a repository method reads until the transaction ends: {@code @Lock(LockMode.PESSIMISTIC_WRITE)} is
 * {@code query.forUpdate()}, {@code PESSIMISTIC_READ} is {@code forShare()}. It applies to a derived finder (one
 * returning records, a page, a slice, a window, a stream, or an existence test) and to a redeclared
 * {@code findById}, {@code findAll} or {@code findAllById}; the method must run inside a transaction
 * ({@code @Transactional}). Checked when the repository is created: on a method that counts or deletes, on native
 * SQL, with both {@link #skipLocked()} and {@link #noWait()}, or on a backend without row locks (SQLite, DynamoDB)
 * the repository is not created and the exception names the method. Related records ({@code @Include}) are not
 * locked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Lock {

    /** Which lock. */
    LockMode value();

    /** Leave out rows another transaction has locked instead of waiting ({@code SKIP LOCKED}). */
    boolean skipLocked() default false;

    /** Fail at once when a row is locked by another transaction ({@code NOWAIT}): Spring's {@code CannotAcquireLockException}. */
    boolean noWait() default false;
}
