package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.query.Filter;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** contains / startsWith / endsWith (literal, case-sensitive), like, and the ignore-case family. */
class StringMatchTest {

    private static void users(Toasty db, String... names) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            users.add(User.of(names[i], "u" + i + "@example.com", 20 + i));
        }
        db.insertAll(users);
    }

    private static List<String> names(Toasty db, Filter<User> filter) {
        return db.query(User.class).where(filter).list().stream().map(User::name).toList();
    }

    @DriverTest
    @Requires("endsWith")
    void containsStartsWithAndEndsWith(Toasty db) {
        users(db, "Alice", "Alicia", "Bob", "Malice");
        assertThat(names(db, User_.name.contains("lic"))).containsExactlyInAnyOrder("Alice", "Alicia", "Malice");
        assertThat(names(db, User_.name.startsWith("Ali"))).containsExactlyInAnyOrder("Alice", "Alicia");
        assertThat(names(db, User_.name.endsWith("ice"))).containsExactlyInAnyOrder("Alice", "Malice");
        assertThat(names(db, User_.name.contains("Bob"))).containsExactly("Bob");
        assertThat(names(db, User_.name.startsWith("lic"))).isEmpty();
    }

    /** contains and startsWith, which every backend has: the endsWith-free part of the test above. */
    @DriverTest
    void containsAndStartsWith(Toasty db) {
        users(db, "Alice", "Alicia", "Bob", "Malice");
        assertThat(names(db, User_.name.contains("lic"))).containsExactlyInAnyOrder("Alice", "Alicia", "Malice");
        assertThat(names(db, User_.name.startsWith("Ali"))).containsExactlyInAnyOrder("Alice", "Alicia");
        assertThat(names(db, User_.name.contains("Bob"))).containsExactly("Bob");
        assertThat(names(db, User_.name.startsWith("lic"))).isEmpty();
        assertThat(names(db, User_.name.startsWith("Malice"))).containsExactly("Malice");
    }

    /** %, _, *, ?, [ and \ are plain characters to contains and startsWith, on every backend. */
    @DriverTest
    void wildcardCharactersAreMatchedLiterallyByContainsAndStartsWith(Toasty db) {
        users(db, "100%_sure*?[x]", "100 percent", "1000", "a_c", "abc", "a*c", "a?c", "abbbc", "[abc]", "a", "x[y",
                "C:\\dir\\file", "C:dir", "50\\%");
        assertThat(names(db, User_.name.contains("%_s"))).containsExactly("100%_sure*?[x]");
        assertThat(names(db, User_.name.contains("%"))).containsExactlyInAnyOrder("100%_sure*?[x]", "50\\%");
        assertThat(names(db, User_.name.startsWith("100%"))).containsExactly("100%_sure*?[x]");
        assertThat(names(db, User_.name.contains("a_c"))).containsExactly("a_c");
        assertThat(names(db, User_.name.startsWith("a_"))).containsExactly("a_c");
        assertThat(names(db, User_.name.contains("a*c"))).containsExactly("a*c");
        assertThat(names(db, User_.name.contains("a?c"))).containsExactly("a?c");
        assertThat(names(db, User_.name.startsWith("a*"))).containsExactly("a*c");
        assertThat(names(db, User_.name.startsWith("a?"))).containsExactly("a?c");
        assertThat(names(db, User_.name.contains("*"))).containsExactlyInAnyOrder("100%_sure*?[x]", "a*c");
        // as a GLOB class [abc] would match "a"; it must only find the text itself
        assertThat(names(db, User_.name.contains("[abc]"))).containsExactly("[abc]");
        assertThat(names(db, User_.name.contains("["))).containsExactlyInAnyOrder("100%_sure*?[x]", "[abc]", "x[y");
        assertThat(names(db, User_.name.startsWith("[a"))).containsExactly("[abc]");
        assertThat(names(db, User_.name.contains("\\d"))).containsExactly("C:\\dir\\file");
        assertThat(names(db, User_.name.contains("\\"))).containsExactlyInAnyOrder("C:\\dir\\file", "50\\%");
        assertThat(names(db, User_.name.startsWith("50\\"))).containsExactly("50\\%");
        assertThat(names(db, User_.name.startsWith("C:\\"))).containsExactly("C:\\dir\\file");
    }

    @DriverTest
    @Requires("endsWith")
    void percentIsMatchedLiterally(Toasty db) {
        users(db, "100%_sure*?[x]", "100 percent", "1000");
        assertThat(names(db, User_.name.contains("%_s"))).containsExactly("100%_sure*?[x]");
        assertThat(names(db, User_.name.contains("%"))).containsExactly("100%_sure*?[x]");
        assertThat(names(db, User_.name.startsWith("100%"))).containsExactly("100%_sure*?[x]");
        assertThat(names(db, User_.name.endsWith("%"))).isEmpty();
        assertThat(names(db, User_.name.endsWith("*?[x]"))).containsExactly("100%_sure*?[x]");
    }

    @DriverTest
    @Requires("endsWith")
    void underscoreIsMatchedLiterally(Toasty db) {
        users(db, "a_c", "abc", "xa_");
        assertThat(names(db, User_.name.contains("a_c"))).containsExactly("a_c");
        assertThat(names(db, User_.name.startsWith("a_"))).containsExactly("a_c");
        assertThat(names(db, User_.name.endsWith("_"))).containsExactly("xa_");
    }

    @DriverTest
    @Requires("endsWith")
    void starAndQuestionMarkAreMatchedLiterally(Toasty db) {
        users(db, "a*c", "a?c", "abc", "abbbc");
        assertThat(names(db, User_.name.contains("a*c"))).containsExactly("a*c");
        assertThat(names(db, User_.name.contains("a?c"))).containsExactly("a?c");
        assertThat(names(db, User_.name.startsWith("a*"))).containsExactly("a*c");
        assertThat(names(db, User_.name.endsWith("?c"))).containsExactly("a?c");
        assertThat(names(db, User_.name.contains("*"))).containsExactly("a*c");
    }

    @DriverTest
    @Requires("endsWith")
    void bracketIsMatchedLiterally(Toasty db) {
        users(db, "[abc]", "a", "b]", "x[y");
        // as a GLOB class [abc] would match "a"; it must only find the text itself
        assertThat(names(db, User_.name.contains("[abc]"))).containsExactly("[abc]");
        assertThat(names(db, User_.name.contains("["))).containsExactlyInAnyOrder("[abc]", "x[y");
        assertThat(names(db, User_.name.endsWith("]"))).containsExactlyInAnyOrder("[abc]", "b]");
        assertThat(names(db, User_.name.startsWith("[a"))).containsExactly("[abc]");
    }

    @DriverTest
    @Requires("endsWith")
    void backslashIsMatchedLiterally(Toasty db) {
        users(db, "C:\\dir\\file", "C:dir", "50\\%");
        assertThat(names(db, User_.name.contains("\\d"))).containsExactly("C:\\dir\\file");
        assertThat(names(db, User_.name.contains("\\"))).containsExactlyInAnyOrder("C:\\dir\\file", "50\\%");
        assertThat(names(db, User_.name.endsWith("\\%"))).containsExactly("50\\%");
    }

    @DriverTest
    @Requires("endsWith")
    void containsStartsWithAndEndsWithAreCaseSensitive(Toasty db) {
        users(db, "Alice");
        assertThat(names(db, User_.name.contains("alice"))).isEmpty();
        assertThat(names(db, User_.name.startsWith("alice"))).isEmpty();
        assertThat(names(db, User_.name.endsWith("ICE"))).isEmpty();
        assertThat(names(db, User_.name.contains("Alice"))).containsExactly("Alice");
    }

    /** contains and startsWith compare case-sensitively on every backend. */
    @DriverTest
    void containsAndStartsWithAreCaseSensitive(Toasty db) {
        users(db, "Alice");
        assertThat(names(db, User_.name.contains("alice"))).isEmpty();
        assertThat(names(db, User_.name.contains("LIC"))).isEmpty();
        assertThat(names(db, User_.name.startsWith("alice"))).isEmpty();
        assertThat(names(db, User_.name.contains("Alice"))).containsExactly("Alice");
        assertThat(names(db, User_.name.startsWith("Al"))).containsExactly("Alice");
    }

    @DriverTest
    void notContainsExcludesMatchesAndNulls(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@example.com", 1), User.of("B", "b@test.org", 2), User.of("C", null, 3)));
        assertThat(names(db, User_.email.notContains("example"))).containsExactly("B");
        assertThat(names(db, User_.email.notContains("%"))).containsExactlyInAnyOrder("A", "B");
    }

    @DriverTest
    @Requires("like")
    void likeWithPercentAndUnderscore(Toasty db) {
        users(db, "Alice", "Alicia", "Bob", "Bib", "Bobby");
        assertThat(names(db, User_.name.like("Ali%"))).containsExactlyInAnyOrder("Alice", "Alicia");
        assertThat(names(db, User_.name.like("B_b"))).containsExactlyInAnyOrder("Bob", "Bib");
        assertThat(names(db, User_.name.like("%b%"))).containsExactlyInAnyOrder("Bob", "Bib", "Bobby");
        assertThat(names(db, User_.name.like("Al_ce"))).containsExactly("Alice");
        assertThat(names(db, User_.name.like("Bob"))).containsExactly("Bob");
    }

    @DriverTest
    @Requires("like")
    void notLike(Toasty db) {
        users(db, "Alice", "Alicia", "Bob");
        assertThat(names(db, User_.name.notLike("Ali%"))).containsExactly("Bob");
        assertThat(names(db, User_.name.notLike("%"))).isEmpty();
    }

    @DriverTest
    @Requires("like")
    void likeEscapesWildcardsWithBackslash(Toasty db) {
        users(db, "100%", "1000", "a_b", "axb");
        assertThat(names(db, User_.name.like("100%"))).containsExactlyInAnyOrder("100%", "1000");
        assertThat(names(db, User_.name.like("100\\%"))).containsExactly("100%");
        assertThat(names(db, User_.name.like("a\\_b"))).containsExactly("a_b");
    }

    @DriverTest
    @Requires("like")
    void likeCaseSensitivityIsTheBackendsOwn(Toasty db, Backend backend) {
        users(db, "Alice", "alice");
        // shared: a pattern in the stored case always matches
        assertThat(names(db, User_.name.like("Ali%"))).contains("Alice");
        if (backend.name().equals("sqlite")) {
            // SQLite's LIKE folds ASCII case
            assertThat(names(db, User_.name.like("ALI%"))).containsExactlyInAnyOrder("Alice", "alice");
        } else {
            // PostgreSQL's LIKE is case-sensitive
            assertThat(names(db, User_.name.like("ALI%"))).isEmpty();
            assertThat(names(db, User_.name.like("ali%"))).containsExactly("alice");
        }
    }

    @DriverTest
    @Requires("ignoreCase")
    void eqIgnoreCaseAndNeIgnoreCaseFoldUnicode(Toasty db) {
        users(db, "ÄPFEL", "apfel", "ÉCOLE", "ΣΟΦΙΑ");
        assertThat(names(db, User_.name.eqIgnoreCase("äpfel"))).containsExactly("ÄPFEL");
        assertThat(names(db, User_.name.eqIgnoreCase("Äpfel"))).containsExactly("ÄPFEL");
        assertThat(names(db, User_.name.eqIgnoreCase("APFEL"))).containsExactly("apfel");
        assertThat(names(db, User_.name.eqIgnoreCase("école"))).containsExactly("ÉCOLE");
        assertThat(names(db, User_.name.eqIgnoreCase("σοφια"))).containsExactly("ΣΟΦΙΑ");
        assertThat(names(db, User_.name.neIgnoreCase("äpfel"))).containsExactlyInAnyOrder("apfel", "ÉCOLE", "ΣΟΦΙΑ");
    }

    @DriverTest
    @Requires("ignoreCase")
    void containsIgnoreCaseFoldsUnicode(Toasty db) {
        users(db, "CAFÉ CRÈME", "Cafe Creme", "ΣΟΦΙΑ ΠΑΠΑ");
        assertThat(names(db, User_.name.containsIgnoreCase("é cr"))).containsExactly("CAFÉ CRÈME");
        assertThat(names(db, User_.name.containsIgnoreCase("E CR"))).containsExactly("Cafe Creme");
        assertThat(names(db, User_.name.containsIgnoreCase("σοφ"))).containsExactly("ΣΟΦΙΑ ΠΑΠΑ");
        assertThat(names(db, User_.name.containsIgnoreCase("CAF"))).containsExactlyInAnyOrder("CAFÉ CRÈME", "Cafe Creme");
    }

    @DriverTest
    @Requires("ignoreCase")
    @Requires("endsWith")
    void startsWithIgnoreCaseAndEndsWithIgnoreCase(Toasty db) {
        users(db, "Éclair", "eclair", "ΣΟΦΙΑ");
        assertThat(names(db, User_.name.startsWithIgnoreCase("ÉCL"))).containsExactly("Éclair");
        assertThat(names(db, User_.name.startsWithIgnoreCase("écl"))).containsExactly("Éclair");
        assertThat(names(db, User_.name.endsWithIgnoreCase("AIR"))).containsExactlyInAnyOrder("Éclair", "eclair");
        assertThat(names(db, User_.name.startsWithIgnoreCase("σο"))).containsExactly("ΣΟΦΙΑ");
        assertThat(names(db, User_.name.endsWithIgnoreCase("ια"))).containsExactly("ΣΟΦΙΑ");
        assertThat(names(db, User_.name.endsWithIgnoreCase("CL"))).isEmpty();
    }

    @DriverTest
    @Requires("ignoreCase")
    @Requires("endsWith")
    void ignoreCaseLowersLetterByLetterOnEveryBackend(Toasty db) {
        // Regression: SQLite used Java's context-sensitive String.toLowerCase, which turns a word-final Σ
        // into ς while PostgreSQL's lower() gives σ. Both now lower letter by letter: ΟΔΟΣ -> οδοσ.
        // Lower-casing is not full case folding: a stored final sigma (ς) stays a different letter.
        users(db, "ΟΔΟΣ", "οδος");
        assertThat(names(db, User_.name.eqIgnoreCase("οδοσ"))).containsExactly("ΟΔΟΣ");
        assertThat(names(db, User_.name.endsWithIgnoreCase("δοσ"))).containsExactly("ΟΔΟΣ");
        assertThat(names(db, User_.name.eqIgnoreCase("ΟΔΟς"))).containsExactly("οδος");
    }

    @DriverTest
    @Requires("ignoreCase")
    @Requires("endsWith")
    void ignoreCaseMatchingKeepsWildcardsLiteral(Toasty db) {
        users(db, "50% OFF", "5000 off", "A_B", "AXB");
        assertThat(names(db, User_.name.containsIgnoreCase("% off"))).containsExactly("50% OFF");
        assertThat(names(db, User_.name.startsWithIgnoreCase("a_"))).containsExactly("A_B");
        assertThat(names(db, User_.name.endsWithIgnoreCase("*"))).isEmpty();
        assertThat(names(db, User_.name.containsIgnoreCase("?"))).isEmpty();
    }

    @DriverTest
    @Requires("ignoreCase")
    @Requires("like")
    void textOutsideTheBasicPlaneSurvives(Toasty db) {
        users(db, "Party 🎉 Time", "Party 😀 Time");
        User party = db.query(User.class).where(User_.name.contains("🎉")).one();
        assertThat(party.name()).isEqualTo("Party 🎉 Time");
        assertThat(names(db, User_.name.eq("Party 🎉 Time"))).containsExactly("Party 🎉 Time");
        assertThat(names(db, User_.name.containsIgnoreCase("🎉 TIME"))).containsExactly("Party 🎉 Time");
        assertThat(names(db, User_.name.eqIgnoreCase("PARTY 😀 TIME"))).containsExactly("Party 😀 Time");
        // one emoji is one character for LIKE's _
        assertThat(names(db, User_.name.like("Party _ Time"))).containsExactlyInAnyOrder("Party 🎉 Time", "Party 😀 Time");
    }

    @DriverTest
    @Requires("ignoreCase")
    void emptyTextMatchesEveryNonNullValue(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@example.com", 1), User.of("B", "", 2), User.of("C", null, 3)));
        assertThat(names(db, User_.email.contains(""))).containsExactlyInAnyOrder("A", "B");
        assertThat(names(db, User_.email.startsWith(""))).containsExactlyInAnyOrder("A", "B");
        assertThat(names(db, User_.email.containsIgnoreCase(""))).containsExactlyInAnyOrder("A", "B");
    }

    /** Text outside the Basic Multilingual Plane, with the matches every backend has. */
    @DriverTest
    void textOutsideTheBasicPlaneSurvivesCaseSensitiveMatching(Toasty db) {
        users(db, "Party 🎉 Time", "Party 😀 Time");
        User party = db.query(User.class).where(User_.name.contains("🎉")).one();
        assertThat(party.name()).isEqualTo("Party 🎉 Time");
        assertThat(names(db, User_.name.eq("Party 😀 Time"))).containsExactly("Party 😀 Time");
        assertThat(names(db, User_.name.startsWith("Party 😀"))).containsExactly("Party 😀 Time");
        assertThat(names(db, User_.name.contains("🎉 Time"))).containsExactly("Party 🎉 Time");
        assertThat(names(db, User_.name.contains(" Time"))).containsExactlyInAnyOrder("Party 🎉 Time", "Party 😀 Time");
    }

    /** An empty text is contained in, and starts, every non-null value. */
    @DriverTest
    void emptyTextMatchesEveryNonNullValueInContainsAndStartsWith(Toasty db) {
        db.insertAll(List.of(User.of("A", "a@example.com", 1), User.of("B", "", 2), User.of("C", null, 3)));
        assertThat(names(db, User_.email.contains(""))).containsExactlyInAnyOrder("A", "B");
        assertThat(names(db, User_.email.startsWith(""))).containsExactlyInAnyOrder("A", "B");
    }

    /** Without like, like and notLike are refused in reads and writes before anything is sent or changed. */
    @DriverTest
    @Requires(value = "like", absent = true)
    void likeIsRefusedWithoutLikePatterns(Toasty db, Recorder recorder) {
        users(db, "Alice", "Bob");
        recorder.clear();
        assertThatThrownBy(() -> names(db, User_.name.like("Ali%")))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("like(...)");
        assertThatThrownBy(() -> db.query(User.class).where(User_.name.notLike("B%")).count())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("like(...)");
        assertThatThrownBy(() -> db.update(User.class).set(User_.age, 99).where(User_.name.like("%")).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("like(...)");
        assertThatThrownBy(() -> db.delete(User.class).where(User_.name.like("%")).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("like(...)");
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(User.class).list()).extracting(User::age).containsExactlyInAnyOrder(20, 21);
    }

    /** Without endsWith, it is refused, negated or not, in reads and writes before anything is sent or changed. */
    @DriverTest
    @Requires(value = "endsWith", absent = true)
    void endsWithIsRefusedWithoutEndsWith(Toasty db, Recorder recorder) {
        users(db, "Alice", "Malice");
        recorder.clear();
        assertThatThrownBy(() -> names(db, User_.name.endsWith("ice")))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("endsWith(...)");
        assertThatThrownBy(() -> db.query(User.class).where(User_.age.gt(1).and(User_.name.endsWith("e").not())).exists())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("endsWith(...)");
        assertThatThrownBy(() -> db.update(User.class).set(User_.age, 99).where(User_.name.endsWith("ice")).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("endsWith(...)");
        assertThatThrownBy(() -> db.delete(User.class).where(User_.name.endsWith("ice")).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("endsWith(...)");
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(User.class).list()).extracting(User::age).containsExactlyInAnyOrder(20, 21);
    }

    /** Without ignoreCase, every ...IgnoreCase match is refused before anything is sent or deleted. */
    @DriverTest
    @Requires(value = "ignoreCase", absent = true)
    void ignoreCaseMatchesAreRefusedWithoutIgnoreCase(Toasty db, Recorder recorder) {
        users(db, "Alice", "Bob");
        recorder.clear();
        List<Filter<User>> refused = List.of(User_.name.eqIgnoreCase("alice"), User_.name.neIgnoreCase("alice"),
                User_.name.containsIgnoreCase("LIC"), User_.name.startsWithIgnoreCase("al"), User_.name.endsWithIgnoreCase("OB"));
        for (Filter<User> filter : refused) {
            assertThatThrownBy(() -> names(db, filter)).as(filter.toString())
                    .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("case-insensitive matching");
        }
        assertThatThrownBy(() -> db.delete(User.class).where(User_.name.eqIgnoreCase("bob")).execute())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("case-insensitive matching");
        assertThat(recorder.statements()).isEmpty();
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @DriverTest
    void matchingNullIsRefused(Toasty db) {
        assertThatThrownBy(() -> User_.name.contains(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull");
        assertThatThrownBy(() -> User_.name.eqIgnoreCase(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User_.name.like(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
