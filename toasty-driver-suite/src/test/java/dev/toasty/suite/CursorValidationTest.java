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

    /** The next cursor of the first page of 25 users without an order: every backend pages those. */
    private static String firstUnorderedCursor(Toasty db) {
        insert25(db);
        return db.query(User.class).paginate(5).nextCursor();
    }

    private static String tamper(String cursor) {
        int middle = cursor.length() / 2;
        char flipped = cursor.charAt(middle) == 'A' ? 'B' : 'A';
        return cursor.substring(0, middle) + flipped + cursor.substring(middle + 1);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aTamperedCursorIsRefused(Toasty db) {
        String tampered = tamper(firstCursor(db));
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(tampered).paginate(5))
                .isInstanceOf(InvalidCursorException.class);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aTruncatedCursorIsRefused(Toasty db) {
        String cursor = firstCursor(db);
        for (int cut : new int[]{1, 2, 3, 4, cursor.length() / 2}) {
            String truncated = cursor.substring(0, cursor.length() - cut);
            assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(truncated).paginate(5))
                    .as("cursor cut by %d", cut).isInstanceOf(InvalidCursorException.class);
        }
    }

    @DriverTest
    @Requires("arbitraryOrder")
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
    @Requires("arbitraryOrder")
    void aCursorOfAnotherOrderIsRefused(Toasty db) {
        String byName = firstCursor(db);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.age.asc()).after(byName).paginate(5))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("ordered by").hasMessageContaining("name");
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.desc()).after(byName).paginate(5))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("ordered by");
    }

    @DriverTest
    @Requires("arbitraryOrder")
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
    @Requires("arbitraryOrder")
    void countAndExistsDoNotTakeACursor(Toasty db) {
        String cursor = firstCursor(db);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(cursor).count())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.query(User.class).orderBy(User_.name.asc()).after(cursor).exists())
                .isInstanceOf(IllegalStateException.class);
    }

    /** The checks above hold for the cursor of an unordered query too, which backends without arbitrary order page. */
    @DriverTest
    void anAlteredUnorderedCursorIsRefused(Toasty db) {
        String cursor = firstUnorderedCursor(db);
        assertThatThrownBy(() -> db.query(User.class).after(tamper(cursor)).paginate(5))
                .as("tampered").isInstanceOf(InvalidCursorException.class);
        for (int cut : new int[]{1, 2, 3, 4, cursor.length() / 2}) {
            String truncated = cursor.substring(0, cursor.length() - cut);
            assertThatThrownBy(() -> db.query(User.class).after(truncated).paginate(5))
                    .as("cursor cut by %d", cut).isInstanceOf(InvalidCursorException.class);
        }
        for (String garbage : List.of("not a cursor!", "AAAA", "%%%", "eyJpZCI6MX0", "A".repeat(200))) {
            assertThatThrownBy(() -> db.query(User.class).after(garbage).paginate(5))
                    .as(garbage).isInstanceOf(InvalidCursorException.class);
            assertThatThrownBy(() -> db.query(User.class).before(garbage).list())
                    .as(garbage).isInstanceOf(InvalidCursorException.class);
        }
        assertThat(db.query(User.class).after(cursor).paginate(5).items()).hasSize(5);
    }

    /** A cursor of an unordered Account query is refused by a User query, naming User. */
    @DriverTest
    void anUnorderedCursorOfAnotherModelIsRefused(Toasty db) {
        insert25(db);
        for (int i = 0; i < 4; i++) {
            db.insert(new Account("login" + i, i));
        }
        String accountCursor = db.query(Account.class).paginate(2).nextCursor();
        assertThat(accountCursor).isNotNull();
        assertThatThrownBy(() -> db.query(User.class).after(accountCursor).paginate(2))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("User");
    }

    /** count() and exists() refuse the cursor of an unordered query too. */
    @DriverTest
    void countAndExistsDoNotTakeAnUnorderedCursor(Toasty db) {
        String cursor = firstUnorderedCursor(db);
        assertThatThrownBy(() -> db.query(User.class).after(cursor).count()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.query(User.class).after(cursor).exists()).isInstanceOf(IllegalStateException.class);
    }
}
