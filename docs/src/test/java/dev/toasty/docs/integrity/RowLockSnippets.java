package dev.toasty.docs.integrity;

import dev.toasty.Toasty;
import dev.toasty.docs.integrity.locks.Job;
import dev.toasty.docs.integrity.locks.Job_;
import dev.toasty.docs.integrity.versioned.Account;
import dev.toasty.docs.integrity.versioned.Account_;

import java.util.Optional;

/**
 * The row-lock code of docs/integrity.md, compiled here so the chapter cannot drift; it runs in the driver suite's
 * RowLockTest on PostgreSQL and MariaDB (this module's tests use SQLite, which has no row locks).
 */
final class RowLockSnippets {

    private RowLockSnippets() {
    }

    static void deposit(Toasty db, long id) {
        db.transaction(tx -> {
            Account account = tx.query(Account.class).where(Account_.id.eq(id)).forUpdate().one();
            tx.update(account.deposit(10));   // no other transaction changed it in between
        });
    }

    static Optional<Job> take(Toasty tx) {
        Optional<Job> next = tx.query(Job.class).where(Job_.worker.isNull()).orderBy(Job_.id.asc())
                .forUpdate().skipLocked().first();
        return next;
    }
}
