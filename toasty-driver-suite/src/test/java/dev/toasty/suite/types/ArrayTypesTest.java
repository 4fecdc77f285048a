package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.query.Filter;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.types.Status;
import dev.toasty.suite.models.types.Tagged;
import dev.toasty.suite.models.types.Tagged_;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists and sets of scalars on every backend (PostgreSQL arrays, JSON on SQLite and MySQL, lists on
 * DynamoDB, where the filters run as filter expressions): order, duplicates, emptiness and null survive,
 * and contains / containsAll / overlaps / isEmpty / size filter alike everywhere.
 */
class ArrayTypesTest {

    private static final UUID U1 = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID U2 = new UUID(-1L, -1L);

    private static void seed(Toasty db) {
        db.insertAll(List.of(
                new Tagged(null, "a", List.of("java", "sql", "java"), new LinkedHashSet<>(List.of(3, 1, 2)), List.of(U1, U2),
                        List.of(Status.DRAFT, Status.PUBLISHED)),
                new Tagged(null, "b", List.of("java", "😀"), Set.of(7), List.of(U2), List.of(Status.PUBLISHED)),
                new Tagged(null, "c", List.of(), Set.of(), List.of(), List.of()),
                new Tagged(null, "d", null, null, null, null)));
    }

    /** The labels of the matching records, sorted here: DynamoDB orders only by a sort key. */
    private static List<String> labels(Toasty db, Filter<Tagged> filter) {
        return db.query(Tagged.class).allowScan().where(filter).list().stream().map(Tagged::label).sorted().toList();
    }

    @DriverTest
    void listsKeepOrderAndDuplicatesAndSetsTheirElements(Toasty db) {
        seed(db);
        List<Tagged> rows = db.query(Tagged.class).list().stream().sorted(Comparator.comparing(Tagged::label)).toList();
        Tagged a = rows.get(0);
        assertThat(a.tags()).containsExactly("java", "sql", "java");
        assertThat(a.numbers()).containsExactly(3, 1, 2);
        assertThat(a.ids()).containsExactly(U1, U2);
        assertThat(a.statuses()).containsExactly(Status.DRAFT, Status.PUBLISHED);
        assertThat(rows.get(1).tags()).containsExactly("java", "😀");
        assertThat(rows.get(1).numbers()).isEqualTo(Set.of(7));
        Tagged c = rows.get(2);
        assertThat(c.tags()).isNotNull().isEmpty();
        assertThat(c.numbers()).isNotNull().isEmpty();
        assertThat(c.ids()).isNotNull().isEmpty();
        assertThat(c.statuses()).isNotNull().isEmpty();
        Tagged d = rows.get(3);
        assertThat(d.tags()).isNull();
        assertThat(d.numbers()).isNull();
        assertThat(d.ids()).isNull();
        assertThat(d.statuses()).isNull();
    }

    @DriverTest
    void anUpdateReplacesTheWholeArray(Toasty db) {
        seed(db);
        Tagged a = db.query(Tagged.class).where(Tagged_.label.eq("a")).one();
        db.update(new Tagged(a.id(), "a", List.of("", "x".repeat(5_000), "🎉"), Set.of(), null, List.of(Status.ARCHIVED)));
        Tagged out = db.get(Tagged.class, a.id());
        assertThat(out.tags()).containsExactly("", "x".repeat(5_000), "🎉");
        assertThat(out.numbers()).isEmpty();
        assertThat(out.ids()).isNull();
        assertThat(out.statuses()).containsExactly(Status.ARCHIVED);
    }

    @DriverTest
    void containsMatchesArraysHoldingTheElement(Toasty db) {
        seed(db);
        assertThat(labels(db, Tagged_.tags.contains("java"))).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.tags.contains("😀"))).containsExactly("b");
        assertThat(labels(db, Tagged_.tags.contains("jav"))).isEmpty();
        assertThat(labels(db, Tagged_.numbers.contains(7))).containsExactly("b");
        assertThat(labels(db, Tagged_.ids.contains(U2))).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.statuses.contains(Status.PUBLISHED))).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.statuses.contains(Status.ARCHIVED))).isEmpty();
    }

    @DriverTest
    void containsAllAndOverlaps(Toasty db) {
        seed(db);
        assertThat(labels(db, Tagged_.tags.containsAll("java", "sql"))).containsExactly("a");
        assertThat(labels(db, Tagged_.tags.containsAll("java", "go"))).isEmpty();
        assertThat(labels(db, Tagged_.tags.containsAll(List.of()))).containsExactly("a", "b", "c");
        assertThat(labels(db, Tagged_.numbers.containsAll(1, 3))).containsExactly("a");
        assertThat(labels(db, Tagged_.tags.overlaps("sql", "😀"))).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.tags.overlaps("go", "rust"))).isEmpty();
        assertThat(labels(db, Tagged_.tags.overlaps(List.of()))).isEmpty();
        assertThat(labels(db, Tagged_.ids.overlaps(U1, UUID.randomUUID()))).containsExactly("a");
        assertThat(labels(db, Tagged_.statuses.overlaps(Status.DRAFT, Status.ARCHIVED))).containsExactly("a");
    }

    @DriverTest
    void emptinessAndSize(Toasty db) {
        seed(db);
        assertThat(labels(db, Tagged_.tags.isEmpty())).containsExactly("c");
        assertThat(labels(db, Tagged_.tags.isNotEmpty())).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.numbers.isEmpty())).containsExactly("c");
        assertThat(labels(db, Tagged_.tags.size().eq(3))).containsExactly("a");
        assertThat(labels(db, Tagged_.tags.size().ge(1))).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.tags.size().lt(2))).containsExactly("c");
        assertThat(labels(db, Tagged_.ids.size().ne(1))).containsExactly("a", "c");
        assertThat(labels(db, Tagged_.tags.isNull())).containsExactly("d");
    }

    /** A null array matches neither a filter nor its negation. */
    @DriverTest
    void negationsLeaveNullArraysOut(Toasty db) {
        seed(db);
        assertThat(labels(db, Tagged_.tags.contains("java").not())).containsExactly("c");
        assertThat(labels(db, Tagged_.tags.isEmpty().not())).containsExactly("a", "b");
        assertThat(labels(db, Tagged_.tags.overlaps("sql", "😀").not().or(Tagged_.tags.isNull()))).containsExactly("c", "d");
    }
}
