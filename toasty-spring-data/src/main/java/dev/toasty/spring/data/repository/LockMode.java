package dev.toasty.spring.data.repository;

/**
 * The row lock of a {@link Lock} method, named as JPA's pessimistic lock modes are (Toasty's locks are always
 * pessimistic: the optimistic kind is a {@code @Version} field).
 */
public enum LockMode {
    /** An exclusive lock, to write the rows: {@code FOR UPDATE} ({@code Query.forUpdate()}). */
    PESSIMISTIC_WRITE,
    /** A shared lock, to keep the rows from changing: {@code FOR SHARE} ({@code Query.forShare()}). */
    PESSIMISTIC_READ
}
