package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UniqueViolationException;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code eq} and unique indexes compare strings exactly on every backend: case, accents and trailing spaces
 * count (MySQL's default collations ignore all three; Toasty's tables use a binary, no-pad one).
 */
class StringEqualityTest {

    @DriverTest
    void eqIsCaseAccentAndTrailingSpaceSensitive(Toasty db) {
        db.insertAll(List.of(User.of("cafe", "a@x", 1), User.of("Cafe", "b@x", 2), User.of("café", "c@x", 3),
                User.of("cafe ", "d@x", 4)));
        assertThat(db.query(User.class).where(User_.name.eq("cafe")).list()).extracting(User::email).containsExactly("a@x");
        assertThat(db.query(User.class).where(User_.name.eq("cafe ")).list()).extracting(User::email).containsExactly("d@x");
        assertThat(db.query(User.class).where(User_.name.in("CAFE", "cafè")).count()).isZero();
        assertThat(db.query(User.class).where(User_.name.ne("cafe")).count()).isEqualTo(3);
    }

    @DriverTest
    void uniqueIndexTellsCaseAccentsAndTrailingSpacesApart(Toasty db) {
        db.insertAll(List.of(User.of("A", "ann@x", 1), User.of("B", "ANN@x", 2), User.of("C", "ann@x ", 3),
                User.of("D", "änn@x", 4)));
        assertThat(db.query(User.class).count()).isEqualTo(4);
        assertThatThrownBy(() -> db.insert(User.of("E", "ann@x", 5))).isInstanceOf(UniqueViolationException.class);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void orderingIsByCodePoint(Toasty db) {
        db.insertAll(List.of(User.of("b", "1@x", 1), User.of("B", "2@x", 2), User.of("a", "3@x", 3), User.of("é", "4@x", 4),
                User.of("A", "5@x", 5)));
        assertThat(db.query(User.class).orderBy(User_.name.asc()).list()).extracting(User::name)
                .containsExactly("A", "B", "a", "b", "é");
    }
}
