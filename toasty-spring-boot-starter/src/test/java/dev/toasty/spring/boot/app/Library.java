package dev.toasty.spring.boot.app;

import dev.toasty.Toasty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A service mixing Toasty and JdbcTemplate under Spring's {@code @Transactional}. */
public class Library {

    private final Toasty db;
    private final JdbcTemplate jdbc;

    public Library(Toasty db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    @Transactional
    public void addBoth(String toastyTitle, String jdbcTitle) {
        db.insert(Book.of(toastyTitle, 1));
        jdbc.update("insert into starter_books (title, pages) values (?, ?)", jdbcTitle, 2);
    }

    @Transactional
    public void addBothThenFail(String toastyTitle, String jdbcTitle) {
        addBoth(toastyTitle, jdbcTitle);
        throw new IllegalStateException("fail after writing");
    }

    @Transactional
    public long countInside(String title) {
        db.insert(Book.of(title, 3));
        return jdbc.queryForObject("select count(*) from starter_books where title = ?", Long.class, title);
    }

    @Transactional(readOnly = true)
    public void writeInReadOnly(String title) {
        db.insert(Book.of(title, 4));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addInNewTransaction(String title) {
        db.insert(Book.of(title, 5));
    }

    @Transactional(propagation = Propagation.NESTED)
    public void addNestedThenFail(String title) {
        db.insert(Book.of(title, 6));
        throw new IllegalStateException("nested fails");
    }

    @Transactional
    public void toastyTransactionInsideThenFail(String title) {
        db.transaction(tx -> tx.insert(Book.of(title, 7)));
        throw new IllegalStateException("outer fails after the inner db.transaction returned");
    }
}
