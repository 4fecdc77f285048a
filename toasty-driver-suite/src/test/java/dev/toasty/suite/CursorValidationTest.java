package dev.toasty.suite;

import dev.toasty.InvalidCursorException;
import dev.toasty.Toasty;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.Account_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors are checked: altered, truncated, foreign or empty ones are refused, and so are misuses of paginate. */
class CursorValidationTest {

    private static void insert25(Toasty db) {
        PaginationTest.insert25(db);
    }

    private static String firstCursor(Toasty db) {
        insert25(db);
        return db.query(User.class).orderBy(User_.name.asc()).paginate(5).nextCursor();
    }

    @DriverTest
    void aTamperedCursorIsRefused(Toasty db) {
        String cursor = firstCursor(db);
        int middle = cursor.length() / 2;
        char flipped = cursor.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, middle) + flipped + cursor.substring(middle + 1);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(tampered).paginate(5))
                .isInstanceOf(InvalidCursorException.class);
    }

    @DriverTest
    void aTruncatedCursorIsRefused(Toasty db) {
        String cursor = firstCursor(db);
        for (int cut : new int[]{1, 2, 3, 4, cursor.length() / 2}) {
            String truncated = cursor.substring(0, cursor.length() - cut);
            assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(truncated).paginate(5))
                    .as("cursor cut by %d", cut).isInstanceOf(InvalidCursorException.class);
        }
    }

    @DriverTest
    void garbageTextIsRefusedAsACursor(Toasty db) {
        insert25(db);
        for (String garbage : List.of("not a cursor!", "AAAA", "%%%", "eyJpZCI6MX0", "A".repeat(200))) {
            assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(garbage).paginate(5))
                    .as(garbage).isInstanceOf(InvalidCursorException.class);
            assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).before(garbage).list())
                    .as(garbage).isInstanceOf(InvalidCursorException.class);
        }
    }

    @DriverTest
    void aCursorOfAnotherOrderIsRefused(Toasty db) {
        String byName = firstCursor(db);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.age.asc()).after(byName).paginate(5))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("ordered by").hasMessageContaining("name");
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.desc()).after(byName).paginate(5))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("ordered by");
    }

    @DriverTest
    void aCursorOfAnotherModelIsRefused(Toasty db) {
        insert25(db);
        for (int i = 0; i < 4; i++) {
            db.insert(new Account("login" + i, i));
        }
        String accountCursor = db.query(Account.class).orderBy(Account_.id.asc()).paginate(2).nextCursor();
        assertThat(accountCursor).isNotNull();
        assertThatThrownBy(() -> db.query(User.class).after(accountCursor).paginate(2))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("User");
    }

    @DriverTest
    void anEmptyCursorIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.query(User.class).after("")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> db.query(User.class).before("  ")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> db.query(User.class).after(null)).isInstanceOf(InvalidCursorException.class);
    }

    @DriverTest
    void aPageSizeBelowOneIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.query(User.class).paginate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> db.query(User.class).paginate(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @DriverTest
    void paginateWithAnOffsetIsRefused(Toasty db) {
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).offset(5).paginate(10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("offset");
    }

    @DriverTest
    void countAndExistsDoNotTakeACursor(Toasty db) {
        String cursor = firstCursor(db);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(cursor).count())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(cursor).exists())
                .isInstanceOf(IllegalStateException.class);
    }
}
