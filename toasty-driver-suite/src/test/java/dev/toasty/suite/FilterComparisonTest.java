package dev.toasty.suite;

import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.query.Filter;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.Everything_;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.Product;
import dev.toasty.suite.models.Product_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value comparisons, IN lists, null tests and boolean combinations, on every backend. */
class FilterComparisonTest {

    /** Ann 20, Bob 30 (inactive), Cid 40, Dee with no age. */
    private static List<User> seed(Toasty db) {
        return db.insertAll(List.of(
                new User(null, "Ann", "ann@example.com", 20, null, null, true),
                new User(null, "Bob", "bob@example.com", 30, null, null, false),
                new User(null, "Cid", "cid@example.com", 40, null, null, true),
                new User(null, "Dee", "dee@example.com", null, null, null, true)));
    }

    private static List<String> names(Toasty db, Filter<User> filter) {
        return db.query(User.class).where(filter).list().stream().map(User::name).toList();
    }

    @DriverTest
    void eqMatchesOnlyTheEqualValue(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.eq(30))).containsExactly("Bob");
        assertThat(names(db, User_.age.eq(31))).isEmpty();
    }

    @DriverTest
    void neExcludesRecordsWhoseFieldIsNull(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.ne(30))).containsExactlyInAnyOrder("Ann", "Cid");
    }

    @DriverTest
    void ltAndLe(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.lt(30))).containsExactly("Ann");
        assertThat(names(db, User_.age.le(30))).containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(names(db, User_.age.lt(20))).isEmpty();
    }

    @DriverTest
    void gtAndGe(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.gt(30))).containsExactly("Cid");
        assertThat(names(db, User_.age.ge(30))).containsExactlyInAnyOrder("Bob", "Cid");
        assertThat(names(db, User_.age.gt(40))).isEmpty();
    }

    @DriverTest
    void betweenIncludesBothEnds(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.between(20, 30))).containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(names(db, User_.age.between(21, 39))).containsExactly("Bob");
        assertThat(names(db, User_.age.between(40, 40))).containsExactly("Cid");
    }

    @DriverTest
    void inWithVarargsOrACollection(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.in(20, 40))).containsExactlyInAnyOrder("Ann", "Cid");
        assertThat(names(db, User_.age.in(30))).containsExactly("Bob");
        assertThat(names(db, User_.age.in(new ArrayList<>(List.of(20, 40))))).containsExactlyInAnyOrder("Ann", "Cid");
        // immutable collections throw on contains(null): the null check must not use it
        assertThat(names(db, User_.age.in(List.of(20, 40)))).containsExactlyInAnyOrder("Ann", "Cid");
        assertThat(names(db, User_.age.in(Set.of(30)))).containsExactly("Bob");
        assertThat(names(db, User_.age.notIn(List.of(20, 40)))).containsExactly("Bob");
    }

    @DriverTest
    void inWithANullElementAlsoMatchesNulls(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.in(20, null))).containsExactlyInAnyOrder("Ann", "Dee");
        assertThat(names(db, User_.age.in((Integer) null))).containsExactly("Dee");
    }

    @DriverTest
    void inOfNothingMatchesNothingAndNotInOfNothingEverything(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.in())).isEmpty();
        assertThat(names(db, User_.age.in(new ArrayList<Integer>()))).isEmpty();
        assertThat(names(db, User_.age.in(List.of()))).isEmpty();
        assertThat(names(db, User_.age.notIn())).containsExactlyInAnyOrder("Ann", "Bob", "Cid", "Dee");
        assertThat(names(db, User_.age.notIn(List.of()))).containsExactlyInAnyOrder("Ann", "Bob", "Cid", "Dee");
    }

    @DriverTest
    void notInExcludesTheValuesAndNullsLikeNe(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.notIn(20, 40))).containsExactly("Bob");
        assertThat(names(db, User_.age.ne(20))).containsExactlyInAnyOrder("Bob", "Cid");
    }

    @DriverTest
    void notInWithANullElementExcludesNulls(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.notIn(20, null))).containsExactlyInAnyOrder("Bob", "Cid");
    }

    @DriverTest
    void isNullAndIsNotNull(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.isNull())).containsExactly("Dee");
        assertThat(names(db, User_.age.isNotNull())).containsExactlyInAnyOrder("Ann", "Bob", "Cid");
    }

    @DriverTest
    void eqNullMeansIsNullAndNeNullMeansIsNotNull(Toasty db) {
        seed(db);
        Integer unknown = null; // as from an optional input: a bare null literal is ambiguous with eq(Path)
        assertThat(User_.age.eq(unknown)).isEqualTo(User_.age.isNull());
        assertThat(names(db, User_.age.eq(unknown))).containsExactly("Dee");
        assertThat(names(db, User_.age.ne(unknown))).containsExactlyInAnyOrder("Ann", "Bob", "Cid");
    }

    @DriverTest
    void andNeedsBothOrNeedsEither(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.ge(30).and(User_.active.isTrue()))).containsExactly("Cid");
        assertThat(names(db, User_.age.eq(20).or(User_.name.eq("Bob")))).containsExactlyInAnyOrder("Ann", "Bob");
    }

    @DriverTest
    void notNegatesButNullFieldsMatchNeither(Toasty db) {
        seed(db);
        assertThat(names(db, User_.age.gt(25).not())).containsExactly("Ann");
        assertThat(names(db, Filter.not(User_.age.gt(25)))).containsExactly("Ann");
        assertThat(names(db, User_.age.in(20, null).not())).containsExactlyInAnyOrder("Bob", "Cid");
    }

    @DriverTest
    void nestedAndOfOrKeepsItsGrouping(Toasty db) {
        seed(db);
        // a and (b or c): Bob is young enough for neither branch, Dee has no age
        Filter<User> filter = User_.active.isTrue().and(User_.age.lt(25).or(User_.age.gt(35)));
        assertThat(names(db, filter)).containsExactlyInAnyOrder("Ann", "Cid");
        // a or (b and c): Bob is 30 but inactive
        Filter<User> other = User_.age.eq(20).or(User_.age.eq(30).and(User_.active.isTrue()));
        assertThat(names(db, other)).containsExactly("Ann");
        // not (a or b)
        assertThat(names(db, User_.name.eq("Ann").or(User_.name.eq("Bob")).not()))
                .containsExactlyInAnyOrder("Cid", "Dee");
    }

    @DriverTest
    void booleanIsTrueAndIsFalse(Toasty db) {
        seed(db);
        assertThat(names(db, User_.active.isTrue())).containsExactlyInAnyOrder("Ann", "Cid", "Dee");
        assertThat(names(db, User_.active.isFalse())).containsExactly("Bob");
        assertThat(names(db, User_.active.eq(false))).containsExactly("Bob");
    }

    @DriverTest
    void boxedBooleanNullIsNeitherTrueNorFalse(Toasty db) {
        db.insert(withFlag(Boolean.TRUE, "yes"));
        db.insert(withFlag(Boolean.FALSE, "no"));
        db.insert(withFlag(null, "unknown"));
        assertThat(texts(db, Everything_.flag.isTrue())).containsExactly("yes");
        assertThat(texts(db, Everything_.flag.isFalse())).containsExactly("no");
        assertThat(texts(db, Everything_.flag.ne(true))).containsExactly("no");
        assertThat(texts(db, Everything_.flag.isNull())).containsExactly("unknown");
        assertThat(texts(db, Everything_.flagP.isFalse())).containsExactlyInAnyOrder("yes", "no", "unknown");
    }

    @DriverTest
    void instantComparisonsFollowTimeOrder(Toasty db) {
        Instant t = Instant.parse("2024-03-31T01:30:00.123456Z");
        db.insertAll(List.of(
                User.of("Old", "old@x", 1).withTimes(Instant.parse("1969-07-20T20:17:40Z"), null),
                User.of("Before", "before@x", 1).withTimes(t.minusNanos(1_000), null),
                User.of("At", "at@x", 1).withTimes(t, null),
                User.of("After", "after@x", 1).withTimes(t.plusSeconds(86_400), null),
                User.of("Never", "never@x", 1)));
        assertThat(names(db, User_.createdAt.lt(t))).containsExactlyInAnyOrder("Old", "Before");
        assertThat(names(db, User_.createdAt.le(t))).containsExactlyInAnyOrder("Old", "Before", "At");
        assertThat(names(db, User_.createdAt.gt(t))).containsExactly("After");
        assertThat(names(db, User_.createdAt.eq(t))).containsExactly("At");
        assertThat(names(db, User_.createdAt.between(Instant.EPOCH, t))).containsExactlyInAnyOrder("Before", "At");
        assertThat(names(db, User_.createdAt.lt(Instant.EPOCH))).containsExactly("Old");
    }

    @DriverTest
    void localDateComparisons(Toasty db) {
        db.insertAll(List.of(
                new Membership(1, 1, "a", LocalDate.of(2023, 12, 31)),
                new Membership(1, 2, "b", LocalDate.of(2024, 2, 29)),
                new Membership(1, 3, "c", LocalDate.of(2024, 3, 1)),
                new Membership(1, 4, "d", null)));
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(db.query(Membership.class).where(Membership_.since.lt(leap)).list())
                .extracting(Membership::role).containsExactly("a");
        assertThat(db.query(Membership.class).where(Membership_.since.ge(leap)).list())
                .extracting(Membership::role).containsExactlyInAnyOrder("b", "c");
        assertThat(db.query(Membership.class).where(Membership_.since.eq(leap)).list())
                .extracting(Membership::role).containsExactly("b");
        assertThat(db.query(Membership.class)
                .where(Membership_.since.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1))).list())
                .extracting(Membership::role).containsExactlyInAnyOrder("b", "c");
    }

    @DriverTest
    void stringComparisonIsLexicographic(Toasty db) {
        db.insertAll(List.of(User.of("ann", "1@x", 1), User.of("anna", "2@x", 1), User.of("bob", "3@x", 1),
                User.of("b", "4@x", 1)));
        assertThat(names(db, User_.name.lt("anna"))).containsExactly("ann");
        assertThat(names(db, User_.name.lt("b"))).containsExactlyInAnyOrder("ann", "anna");
        assertThat(names(db, User_.name.ge("b"))).containsExactlyInAnyOrder("b", "bob");
        assertThat(names(db, User_.name.gt("b"))).containsExactly("bob");
    }

    @DriverTest
    void uuidEqNeAndIn(Toasty db) {
        UUID first = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        UUID second = UUID.randomUUID();
        db.insert(withUuid(first, "first"));
        db.insert(withUuid(second, "second"));
        db.insert(withUuid(null, "none"));
        assertThat(texts(db, Everything_.uuid.eq(first))).containsExactly("first");
        assertThat(texts(db, Everything_.uuid.ne(first))).containsExactly("second");
        assertThat(texts(db, Everything_.uuid.in(first, second))).containsExactlyInAnyOrder("first", "second");
        assertThat(texts(db, Everything_.uuid.eq(UUID.randomUUID()))).isEmpty();
    }

    @DriverTest
    void longKeyIn(Toasty db) {
        List<User> users = seed(db);
        Long ann = users.get(0).id();
        Long cid = users.get(2).id();
        assertThat(names(db, User_.id.in(ann, cid))).containsExactlyInAnyOrder("Ann", "Cid");
        assertThat(names(db, User_.id.in(ann, 987_654_321L))).containsExactly("Ann");
        assertThat(names(db, User_.id.notIn(ann, cid))).containsExactlyInAnyOrder("Bob", "Dee");
    }

    @DriverTest
    void comparisonWithNullIsRefusedAndPointsToIsNull(Toasty db, Recorder recorder) {
        seed(db);
        recorder.clear();
        assertThatThrownBy(() -> User_.age.lt((Integer) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull");
        assertThatThrownBy(() -> User_.age.ge((Integer) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull");
        assertThatThrownBy(() -> User_.age.between(null, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull");
        assertThat(recorder.statements()).isEmpty();
    }

    @DriverTest
    @Requires("decimalOrdering")
    @Requires("arbitraryOrder")
    void decimalRangeFiltersCompareNumerically(Toasty db) {
        seedProducts(db);
        // as text, "100.50" < "2" < "9.99": numeric comparison must not follow that order
        assertThat(products(db, Product_.price.gt(new BigDecimal("9.99")))).containsExactlyInAnyOrder("Book", "Lamp");
        assertThat(products(db, Product_.price.lt(new BigDecimal("10")))).containsExactlyInAnyOrder("Pen", "Cup");
        assertThat(products(db, Product_.price.between(new BigDecimal("5"), new BigDecimal("50"))))
                .containsExactlyInAnyOrder("Cup", "Book");
        assertThat(db.query(Product.class).where(Product_.price.isNotNull()).orderBy(Product_.price.desc()).list())
                .extracting(Product::name).containsExactly("Lamp", "Book", "Cup", "Pen");
    }

    /** The range filters of the test above, without its order: backends without arbitrary order compare too. */
    @DriverTest
    @Requires("decimalOrdering")
    void decimalRangeFiltersCompareNumericallyInAnyBackendOrder(Toasty db) {
        seedProducts(db);
        assertThat(products(db, Product_.price.gt(new BigDecimal("9.99")))).containsExactlyInAnyOrder("Book", "Lamp");
        assertThat(products(db, Product_.price.lt(new BigDecimal("10")))).containsExactlyInAnyOrder("Pen", "Cup");
        assertThat(products(db, Product_.price.between(new BigDecimal("5"), new BigDecimal("50"))))
                .containsExactlyInAnyOrder("Cup", "Book");
        assertThat(products(db, Product_.price.ge(new BigDecimal("100.5")))).containsExactly("Lamp");
    }

    @DriverTest
    @Requires(value = "decimalOrdering", absent = true)
    void decimalRangeFiltersAreRefusedWithoutDecimalOrdering(Toasty db, Recorder recorder) {
        seedProducts(db);
        recorder.clear();
        assertThatThrownBy(() -> db.query(Product.class).where(Product_.price.gt(BigDecimal.TEN)).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("BigDecimal");
        assertThatThrownBy(() -> db.query(Product.class).where(Product_.price.between(BigDecimal.ONE, BigDecimal.TEN)).count())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("BigDecimal");
        assertThatThrownBy(() -> db.query(Product.class).orderBy(Product_.price.asc()).list())
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("BigDecimal");
        assertThat(recorder.statements()).isEmpty();
        // equality needs no ordering and still works
        assertThat(products(db, Product_.price.eq(new BigDecimal("9.99")))).containsExactly("Cup");
    }

    @DriverTest
    void decimalEqualityMatchesTheSameValue(Toasty db) {
        seedProducts(db);
        assertThat(products(db, Product_.price.eq(new BigDecimal("100.50")))).containsExactly("Lamp");
        assertThat(products(db, Product_.price.in(new BigDecimal("2"), new BigDecimal("9.99"))))
                .containsExactlyInAnyOrder("Pen", "Cup");
        assertThat(products(db, Product_.price.ne(new BigDecimal("2")))).containsExactlyInAnyOrder("Cup", "Book", "Lamp");
    }

    @DriverTest
    void decimalEqualityIgnoresTrailingZeros(Toasty db) {
        seedProducts(db);
        // 100.5 and 100.50 are the same amount (compareTo == 0): a lookup by amount must find it
        assertThat(products(db, Product_.price.eq(new BigDecimal("100.5")))).containsExactly("Lamp");
        assertThat(products(db, Product_.price.in(new BigDecimal("2.00")))).containsExactly("Pen");
    }

    private static void seedProducts(Toasty db) {
        db.insertAll(List.of(
                new Product(null, "Pen", new BigDecimal("2"), "P-1"),
                new Product(null, "Cup", new BigDecimal("9.99"), "P-2"),
                new Product(null, "Book", new BigDecimal("12.00"), "P-3"),
                new Product(null, "Lamp", new BigDecimal("100.50"), "P-4"),
                new Product(null, "Free", null, "P-5")));
    }

    private static List<String> products(Toasty db, Filter<Product> filter) {
        return db.query(Product.class).where(filter).list().stream().map(Product::name).toList();
    }

    private static Everything withUuid(UUID uuid, String text) {
        Everything e = Everything.empty();
        return new Everything(null, text, e.flag(), e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), uuid, e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static Everything withFlag(Boolean flag, String text) {
        Everything e = Everything.empty();
        return new Everything(null, text, flag, e.flagP(), e.b(), e.bP(), e.s(), e.sP(), e.i(), e.iP(), e.l(),
                e.lP(), e.f(), e.fP(), e.d(), e.dP(), e.dec(), e.uuid(), e.bytes(), e.instant(), e.date(), e.dateTime());
    }

    private static List<String> texts(Toasty db, Filter<Everything> filter) {
        return db.query(Everything.class).where(filter).list().stream().map(Everything::text).toList();
    }
}
