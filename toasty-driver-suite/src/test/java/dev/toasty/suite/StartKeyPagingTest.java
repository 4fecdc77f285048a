package dev.toasty.suite;

import dev.toasty.Page;
import dev.toasty.Toasty;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.suite.models.Membership;
import dev.toasty.suite.models.Membership_;
import dev.toasty.suite.models.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cursor pagination over one partition in sort-key order, forward and backward: a shape every backend
 * can run (on DynamoDB a Query whose cursors wrap the position DynamoDB continues from).
 */
class StartKeyPagingTest {

    /** Org 1 has users 1..7, org 2 has users 1..2. */
    private static void seed(Toasty db) {
        List<Membership> rows = new ArrayList<>();
        for (long u = 1; u <= 7; u++) {
            rows.add(new Membership(1, u, "member", null));
        }
        rows.add(new Membership(2, 1, "member", null));
        rows.add(new Membership(2, 2, "member", null));
        db.insertAll(rows);
    }

    private static List<Long> users(Page<Membership> page) {
        return page.items().stream().map(Membership::userId).toList();
    }

    @DriverTest
    void forwardThenBackwardOverAPartition(Toasty db) {
        seed(db);
        var query = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc());
        Page<Membership> first = query.paginate(3);
        assertThat(users(first)).containsExactly(1L, 2L, 3L);
        assertThat(first.previousCursor()).isNull();
        Page<Membership> second = query.after(first.nextCursor()).paginate(3);
        assertThat(users(second)).containsExactly(4L, 5L, 6L);
        Page<Membership> third = query.after(second.nextCursor()).paginate(3);
        assertThat(users(third)).containsExactly(7L);
        assertThat(third.nextCursor()).isNull();
        Page<Membership> back = query.before(third.previousCursor()).paginate(3);
        assertThat(users(back)).containsExactly(4L, 5L, 6L);
        Page<Membership> start = query.before(back.previousCursor()).paginate(3);
        assertThat(users(start)).containsExactly(1L, 2L, 3L);
        assertThat(start.previousCursor()).isNull();
        assertThat(start.nextCursor()).isNotNull();
    }

    @DriverTest
    void descendingOrderWalksTheSameWay(Toasty db) {
        seed(db);
        var query = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc());
        Page<Membership> first = query.paginate(4);
        assertThat(users(first)).containsExactly(7L, 6L, 5L, 4L);
        Page<Membership> second = query.after(first.nextCursor()).paginate(4);
        assertThat(users(second)).containsExactly(3L, 2L, 1L);
        assertThat(users(query.before(second.previousCursor()).paginate(4))).containsExactly(7L, 6L, 5L, 4L);
        assertThat(query.after(first.nextCursor()).list()).extracting(Membership::userId).containsExactly(3L, 2L, 1L);
    }

    @DriverTest
    void pagesWithoutAnOrderVisitEveryRecordOnce(Toasty db) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add(new Tag("tag" + i, null));
        }
        db.insertAll(tags);
        Set<String> seen = new HashSet<>();
        int pages = 0;
        Page<Tag> page = db.query(Tag.class).paginate(4);
        while (true) {
            pages++;
            page.items().forEach(t -> assertThat(seen.add(t.name())).as("seen twice: " + t.name()).isTrue());
            if (page.nextCursor() == null) {
                break;
            }
            page = db.query(Tag.class).after(page.nextCursor()).paginate(4);
        }
        assertThat(seen).hasSize(11);
        assertThat(pages).isEqualTo(3);
    }

    @DriverTest
    @Requires(value = "arbitraryOrder", absent = true)
    void pagingBackwardThroughAScanIsRefused(Toasty db) {
        db.insertAll(List.of(new Tag("a", null), new Tag("b", null), new Tag("c", null)));
        Page<Tag> first = db.query(Tag.class).paginate(2);
        assertThat(first.nextCursor()).isNotNull();
        Page<Tag> second = db.query(Tag.class).after(first.nextCursor()).paginate(2);
        assertThatThrownBy(() -> db.query(Tag.class).before(second.previousCursor()).paginate(2))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("paging backward through a Scan");
    }

    @DriverTest
    void aCursorOfAnotherPartitionOrderIsRefused(Toasty db) {
        seed(db);
        Page<Membership> asc = db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.asc()).paginate(2);
        assertThatThrownBy(() -> db.query(Membership.class).where(Membership_.orgId.eq(1L)).orderBy(Membership_.userId.desc())
                .after(asc.nextCursor()).paginate(2)).isInstanceOf(dev.toasty.InvalidCursorException.class);
    }
}
