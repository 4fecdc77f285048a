package dev.toasty.suite;

import dev.toasty.InvalidCursorException;
import dev.toasty.Page;
import dev.toasty.Query;
import dev.toasty.Toasty;
import dev.toasty.suite.models.Account;
import dev.toasty.suite.models.Account_;
import dev.toasty.suite.models.Document;
import dev.toasty.suite.models.Document_;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.User;
import dev.toasty.suite.models.User_;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTest {

    /** The names of the 25 users, in name order. */
    private static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            names.add(String.format("user-%02d", i));
        }
        return List.copyOf(names);
    }

    /** Inserts the 25 users in a scrambled order, so that key order and name order differ. */
    static void insert25(Toasty db) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String name = NAMES.get((i * 7) % 25);
            users.add(User.of(name, name + "@x", 20 + (i * 3) % 11));
        }
        db.insertAll(users);
    }

    private static List<String> names(Page<User> page) {
        return page.items().stream().map(User::name).toList();
    }

    /** Every page from the first one on, following nextCursor. */
    private static List<Page<User>> forward(Query<User> query, int size) {
        List<Page<User>> pages = new ArrayList<>();
        Page<User> page = query.paginate(size);
        pages.add(page);
        while (page.hasNext()) {
            assertThat(pages).as("pages walked").hasSizeLessThan(100);
            page = query.after(page.nextCursor()).paginate(size);
            pages.add(page);
        }
        return pages;
    }

    /** Every page before {@code from}, following previousCursor, nearest first. */
    private static List<Page<User>> backward(Query<User> query, Page<User> from, int size) {
        List<Page<User>> pages = new ArrayList<>();
        Page<User> page = from;
        while (page.hasPrevious()) {
            assertThat(pages).as("pages walked").hasSizeLessThan(100);
            page = query.before(page.previousCursor()).paginate(size);
            pages.add(page);
        }
        return pages;
    }

    private static List<Long> ids(List<Page<User>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(User::id).toList();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void firstPageHasTheFirstItemsAndOnlyANextCursor(Toasty db) {
        insert25(db);
        Page<User> page = db.query(User.class).orderBy(User_.name.asc()).paginate(10);
        assertThat(names(page)).isEqualTo(NAMES.subList(0, 10));
        assertThat(page.nextCursor()).isNotNull();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.previousCursor()).isNull();
        assertThat(page.hasPrevious()).isFalse();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void walkingForwardVisitsEveryRecordOnceInOrder(Toasty db) {
        insert25(db);
        List<Page<User>> pages = forward(db.query(User.class).orderBy(User_.name.asc()), 10);
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(10, 10, 5);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(User::name).toList()).isEqualTo(NAMES);
        assertThat(pages.get(2).hasNext()).isFalse();
        assertThat(pages.get(2).nextCursor()).isNull();
        assertThat(pages.get(1).hasPrevious()).isTrue();
        assertThat(pages.get(2).hasPrevious()).isTrue();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aPageSizeThatDividesTheCountLeavesNoEmptyPage(Toasty db) {
        insert25(db);
        List<Page<User>> pages = forward(db.query(User.class).orderBy(User_.name.asc()), 5);
        assertThat(pages).hasSize(5).allSatisfy(p -> assertThat(p.items()).hasSize(5));
        assertThat(pages.get(4).hasNext()).isFalse();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void beforeThePreviousCursorReturnsThePreviousPage(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).orderBy(User_.name.asc());
        Page<User> first = query.paginate(7);
        Page<User> second = query.after(first.nextCursor()).paginate(7);
        Page<User> third = query.after(second.nextCursor()).paginate(7);
        assertThat(names(third)).isEqualTo(NAMES.subList(14, 21));

        Page<User> back = query.before(third.previousCursor()).paginate(7);
        assertThat(back.items()).isEqualTo(second.items());
        assertThat(back.hasPrevious()).isTrue();
        assertThat(back.hasNext()).isTrue();
        Page<User> backToFirst = query.before(back.previousCursor()).paginate(7);
        assertThat(backToFirst.items()).isEqualTo(first.items());
        assertThat(backToFirst.hasPrevious()).isFalse();
        assertThat(query.after(backToFirst.nextCursor()).paginate(7).items()).isEqualTo(second.items());
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void walkingBackwardFromTheLastPageReachesTheFirst(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).orderBy(User_.name.asc());
        List<Page<User>> pages = forward(query, 10);
        List<Page<User>> back = backward(query, pages.get(pages.size() - 1), 10);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).items()).isEqualTo(pages.get(1).items());
        assertThat(back.get(1).items()).isEqualTo(pages.get(0).items());
        assertThat(back.get(1).hasPrevious()).isFalse();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void tiesOnTheOrderAreBrokenByTheKey(Toasty db) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            users.add(User.of("same", "same" + i + "@x", i));
        }
        users.add(User.of("aaa", "aaa@x", 1));
        users.add(User.of("zzz", "zzz@x", 1));
        List<User> saved = db.insertAll(users);
        Query<User> query = db.query(User.class).orderBy(User_.name.asc());
        List<Page<User>> pages = forward(query, 4);

        List<Long> expected = new ArrayList<>();
        expected.add(saved.get(13).id());
        saved.subList(0, 13).forEach(u -> expected.add(u.id()));
        expected.add(saved.get(14).id());
        assertThat(ids(pages)).isEqualTo(expected);

        List<Page<User>> back = backward(query, pages.get(pages.size() - 1), 4);
        List<Page<User>> all = new ArrayList<>(back);
        Collections.reverse(all);
        all.add(pages.get(pages.size() - 1));
        assertThat(ids(all)).isEqualTo(expected);
    }

    /** Ages with duplicates and several nulls, for keyset walks over a nullable column. */
    private static List<User> insertNullableAges(Toasty db) {
        Integer[] ages = {30, null, 20, 30, null, 40, 10, 20, null, 30, 50, null, 20, 10, 40, null, 30};
        List<User> users = new ArrayList<>();
        for (int i = 0; i < ages.length; i++) {
            users.add(User.of("u" + i, "u" + i + "@x", ages[i]));
        }
        return db.insertAll(users);
    }

    private static List<Long> expectedIds(List<User> users, Comparator<Integer> ageOrder) {
        return users.stream()
                .sorted(Comparator.comparing(User::age, ageOrder).thenComparing(User::id))
                .map(User::id).toList();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void descendingOrderOverNullsWalksBothWaysWithoutLoss(Toasty db) {
        List<User> users = insertNullableAges(db);
        List<Long> expected = expectedIds(users, Comparator.nullsFirst(Comparator.<Integer>reverseOrder()));
        Query<User> query = db.query(User.class).orderBy(User_.age.desc());

        List<Page<User>> pages = forward(query, 3);
        assertThat(ids(pages)).isEqualTo(expected);
        assertThat(pages).hasSize(6);

        List<Page<User>> back = backward(query, pages.get(pages.size() - 1), 3);
        List<Page<User>> all = new ArrayList<>(back);
        Collections.reverse(all);
        all.add(pages.get(pages.size() - 1));
        assertThat(ids(all)).isEqualTo(expected);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void ascendingOrderOverNullsWalksBothWaysWithoutLoss(Toasty db) {
        List<User> users = insertNullableAges(db);
        List<Long> expected = expectedIds(users, Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
        Query<User> query = db.query(User.class).orderBy(User_.age.asc());

        List<Page<User>> pages = forward(query, 4);
        assertThat(ids(pages)).isEqualTo(expected);

        List<Page<User>> back = backward(query, pages.get(pages.size() - 1), 4);
        List<Page<User>> all = new ArrayList<>(back);
        Collections.reverse(all);
        all.add(pages.get(pages.size() - 1));
        assertThat(ids(all)).isEqualTo(expected);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void explicitNullPlacementWalksWithoutLoss(Toasty db) {
        List<User> users = insertNullableAges(db);
        assertThat(ids(forward(db.query(User.class).orderBy(User_.age.asc().nullsFirst()), 4)))
                .isEqualTo(expectedIds(users, Comparator.nullsFirst(Comparator.<Integer>naturalOrder())));
        assertThat(ids(forward(db.query(User.class).orderBy(User_.age.desc().nullsLast()), 4)))
                .isEqualTo(expectedIds(users, Comparator.nullsLast(Comparator.<Integer>reverseOrder())));
    }

    /** Without arbitrary order a Scan pages in the table's own order (DynamoDB's is by key hash), not by key. */
    @DriverTest
    @Requires("arbitraryOrder")
    void withoutAnOrderPagesFollowTheKey(Toasty db) {
        insert25(db);
        List<Long> keys = db.query(User.class).list().stream().map(User::id).sorted().toList();
        List<Page<User>> pages = forward(db.query(User.class), 10);
        assertThat(ids(pages)).isEqualTo(keys);
    }

    /** Unordered pages, in whatever order the backend reads, still visit every record once and end with no next cursor. */
    @DriverTest
    void withoutAnOrderPagesVisitEveryRecordOnce(Toasty db) {
        insert25(db);
        List<Long> keys = db.query(User.class).list().stream().map(User::id).toList();
        List<Page<User>> pages = forward(db.query(User.class), 10);
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(10, 10, 5);
        assertThat(ids(pages)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys);
        assertThat(pages.get(0).hasPrevious()).isFalse();
        assertThat(pages.get(0).previousCursor()).isNull();
        assertThat(pages.get(1).hasPrevious()).isTrue();
        assertThat(pages.get(2).hasNext()).isFalse();
        assertThat(pages.get(2).nextCursor()).isNull();
        List<Page<User>> fives = forward(db.query(User.class), 5);
        assertThat(fives).hasSize(5).allSatisfy(p -> assertThat(p.items()).hasSize(5));
        assertThat(ids(fives)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys);
    }

    /** Unordered pages of a filtered query hold exactly its matches. */
    @DriverTest
    void paginationWithoutAnOrderKeepsTheFilter(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).where(User_.age.ge(25));
        List<String> expected = query.list().stream().map(User::name).toList();
        assertThat(expected).hasSizeBetween(5, 24);
        List<Page<User>> pages = forward(query, 4);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(User::name).toList())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    /** after(cursor) of an unordered query lists the records the following pages hold, limit included. */
    @DriverTest
    void afterACursorListWithoutAnOrderReturnsTheFollowingRecords(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class);
        Page<User> first = query.paginate(10);
        List<Long> rest = ids(forward(query.after(first.nextCursor()), 10));
        assertThat(rest).hasSize(15).doesNotContainAnyElementsOf(ids(List.of(first)));
        assertThat(query.after(first.nextCursor()).list()).extracting(User::id).isEqualTo(rest);
        assertThat(query.after(first.nextCursor()).limit(3).list()).extracting(User::id).isEqualTo(rest.subList(0, 3));
    }

    /** An unordered query of an empty table gives one empty page without cursors. */
    @DriverTest
    void anEmptyTableGivesOneEmptyPageWithoutAnOrder(Toasty db) {
        Page<User> page = db.query(User.class).paginate(10);
        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        assertThat(page.previousCursor()).isNull();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void anOrderOnTheKeyItselfIsNotTieBrokenTwice(Toasty db) {
        insert25(db);
        List<Long> keys = db.query(User.class).list().stream().map(User::id).sorted(Comparator.reverseOrder()).toList();
        Query<User> query = db.query(User.class).orderBy(User_.id.desc());
        List<Page<User>> pages = forward(query, 6);
        assertThat(ids(pages)).isEqualTo(keys);
        List<Page<User>> back = backward(query, pages.get(2), 6);
        assertThat(back).hasSize(2);
        assertThat(back.get(1).items()).isEqualTo(pages.get(0).items());
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void instantOrderWithNullsAndSubSecondValuesWalksWithoutLoss(Toasty db) {
        Instant t0 = Instant.parse("2024-06-01T12:00:00Z");
        long[] millis = {0, 1, 999, -1, 1000, 1, -1, 250, 0, -1, 1001};
        List<User> users = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            Instant created = millis[i] < 0 ? null : t0.plusMillis(millis[i]);
            users.add(User.of("t" + i, "t" + i + "@x", i).withTimes(created, null));
        }
        List<User> saved = db.insertAll(users);
        List<Long> expected = saved.stream()
                .sorted(Comparator.comparing(User::createdAt, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
                        .thenComparing(User::id))
                .map(User::id).toList();
        Query<User> query = db.query(User.class).orderBy(User_.createdAt.desc());
        List<Page<User>> pages = forward(query, 3);
        assertThat(ids(pages)).isEqualTo(expected);
        List<Page<User>> back = backward(query, pages.get(pages.size() - 1), 3);
        List<Page<User>> all = new ArrayList<>(back);
        Collections.reverse(all);
        all.add(pages.get(pages.size() - 1));
        assertThat(ids(all)).isEqualTo(expected);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aCompositeKeyBreaksTiesWithEveryKeyField(Toasty db) {
        List<Membership> rows = new ArrayList<>();
        for (long org = 3; org >= 1; org--) {
            for (long user = 4; user >= 1; user--) {
                rows.add(new Membership(org, user, user % 2 == 0 ? "owner" : "member", null));
            }
        }
        db.insertAll(rows);
        Query<Membership> query = db.query(Membership.class).orderBy(Membership_.role.asc());
        List<String> walked = new ArrayList<>();
        Page<Membership> page = query.paginate(5);
        walked.addAll(page.items().stream().map(m -> m.role() + ":" + m.orgId() + "/" + m.userId()).toList());
        while (page.hasNext()) {
            page = query.after(page.nextCursor()).paginate(5);
            walked.addAll(page.items().stream().map(m -> m.role() + ":" + m.orgId() + "/" + m.userId()).toList());
        }
        assertThat(walked).containsExactly(
                "member:1/1", "member:1/3", "member:2/1", "member:2/3", "member:3/1", "member:3/3",
                "owner:1/2", "owner:1/4", "owner:2/2", "owner:2/4", "owner:3/2", "owner:3/4");
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aUuidKeyPaginatesInTheDatabaseOrder(Toasty db) {
        for (int i = 0; i < 9; i++) {
            db.insert(new Document(i % 2 == 0 ? null : UUID.randomUUID(), "doc" + i, null));
        }
        List<UUID> expected = db.query(Document.class).orderBy(Document_.id.asc()).list().stream().map(Document::id).toList();
        List<UUID> walked = new ArrayList<>();
        Page<Document> page = db.query(Document.class).paginate(4);
        walked.addAll(page.items().stream().map(Document::id).toList());
        while (page.hasNext()) {
            page = db.query(Document.class).after(page.nextCursor()).paginate(4);
            walked.addAll(page.items().stream().map(Document::id).toList());
        }
        assertThat(walked).hasSize(9).isEqualTo(expected);
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void paginationKeepsTheFilter(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).where(User_.age.ge(25)).orderBy(User_.name.desc());
        List<String> expected = query.list().stream().map(User::name).toList();
        assertThat(expected).hasSizeBetween(5, 24);
        List<Page<User>> pages = forward(query, 4);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(User::name).toList()).isEqualTo(expected);
        assertThat(pages.stream().flatMap(p -> p.items().stream())).allSatisfy(u -> assertThat(u.age()).isGreaterThanOrEqualTo(25));
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void aRowInsertedBeforeTheCursorDoesNotShiftTheNextPage(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).orderBy(User_.name.asc());
        Page<User> first = query.paginate(10);
        db.insert(User.of("user-00", "new@x", 1));
        Page<User> second = query.after(first.nextCursor()).paginate(10);
        assertThat(names(second)).isEqualTo(NAMES.subList(10, 20));
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void anEmptyTableGivesOneEmptyPage(Toasty db) {
        Page<User> page = db.query(User.class).orderBy(User_.name.asc()).paginate(10);
        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        assertThat(page.previousCursor()).isNull();
    }

    @DriverTest
    @Requires("arbitraryOrder")
    void afterACursorListReturnsTheFollowingRecords(Toasty db) {
        insert25(db);
        Query<User> query = db.query(User.class).orderBy(User_.name.asc());
        Page<User> first = query.paginate(10);
        assertThat(query.after(first.nextCursor()).list()).extracting(User::name).isEqualTo(NAMES.subList(10, 25));
        assertThat(query.after(first.nextCursor()).limit(3).list()).extracting(User::name).isEqualTo(NAMES.subList(10, 13));
        Page<User> second = query.after(first.nextCursor()).paginate(10);
        assertThat(query.before(second.previousCursor()).list()).extracting(User::name).isEqualTo(NAMES.subList(0, 10));
        assertThat(query.before(second.previousCursor()).limit(3).list()).extracting(User::name)
                .isEqualTo(NAMES.subList(7, 10));
    }
}
