package dev.toasty.benchmarks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contender's results checked on SQLite, and on PostgreSQL when {@code TOASTY_TEST_POSTGRES_URL}
 * is set, with the statements each scenario sends counted. Toasty and raw JDBC must load S7 in exactly
 * two statements; the peers' counts are printed for the performance chapter.
 * {@code -Dbench.contenders=a,b} narrows the contenders.
 */
class ContenderTest {

    private static final Map<String, String> COUNTS = new TreeMap<>();

    static Stream<Arguments> contenders() {
        String only = System.getProperty("bench.contenders", "");
        List<String> names = only.isBlank() ? Contenders.ALL : List.of(only.split(","));
        List<String> dbs = new ArrayList<>(List.of(Database.SQLITE));
        String pg = System.getenv("TOASTY_TEST_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            dbs.add(Database.POSTGRESQL);
        }
        return dbs.stream().flatMap(db -> names.stream().map(name -> Arguments.of(db, name)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("contenders")
    void sameResultsAsTheDataSet(String dbName, String name) throws SQLException {
        StatementCounter counter = new StatementCounter();
        try (Database db = Database.open(dbName, counter); Contender contender = Contenders.create(name, db)) {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();

            counter.reset();
            assertThat(contender.view(contender.find(5))).isEqualTo(ItemData.of(5L, 5));
            counts.put("S1", counter.count());

            counter.reset();
            List<?> active = contender.listActive(10);
            counts.put("S2", counter.count());
            assertThat(active).extracting(contender::view)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).filter(i -> i % 2 == 0).mapToObj(i -> ItemData.of(i, i)).toList());

            for (ItemFilter filter : ItemFilter.CYCLE) {
                counter.reset();
                List<?> found = contender.filter(filter);
                counts.merge("S8", counter.count(), Math::max);
                assertThat(found).as("filter %s", filter).extracting(contender::view).containsExactlyElementsOf(expected(filter));
            }

            counter.reset();
            assertThat(contender.usersWithPosts()).isEqualTo(Data.USERS * Data.POSTS_PER_USER);
            counts.put("S7", counter.count());
            if (name.equals("toasty") || name.equals(Contenders.RAW)) {
                assertThat(counter.count()).as("S7 statements: %s", counter.statements()).isEqualTo(2);
            }

            if (name.equals("toasty") || name.equals("jpa")) {
                counter.reset();
                assertThat(contender.view(contender.findThroughRepository(9))).isEqualTo(ItemData.of(9L, 9));
                counts.put("S9", counter.count());
            }

            counter.reset();
            long id = contender.insert(ItemData.of(null, 123_456));
            counts.put("S3", counter.count());
            assertThat(id).isGreaterThan(Data.ITEMS);
            assertThat(row(db, id)).isEqualTo(ItemData.of(id, 123_456));

            counter.reset();
            contender.insertAll(Data.newItems(200_000, 2_500));
            counts.put("S4 (2500 rows)", counter.count());
            assertThat(count(db, "SELECT COUNT(*) FROM bench_item WHERE name LIKE 'item-2_____'")).isEqualTo(2_500);

            counter.reset();
            contender.updateQty(7, 4242);
            counts.put("S5", counter.count());
            assertThat(row(db, 7).qty()).isEqualTo(4242);

            List<ItemData> batch = LongStream.rangeClosed(1001, 2000).mapToObj(i -> ItemData.of(i, i).withQty(5_000 + (int) i)).toList();
            counter.reset();
            contender.updateAll(batch);
            counts.put("S6", counter.count());
            if (name.equals("toasty") || name.equals(Contenders.RAW)) {
                assertThat(counter.count()).as("S6 statements: one batch").isEqualTo(1);
            }
            assertThat(count(db, "SELECT COUNT(*) FROM bench_item WHERE id BETWEEN 1001 AND 2000 AND qty = 5000 + id")).isEqualTo(1000);
            assertThat(row(db, 1500)).isEqualTo(ItemData.of(1500L, 1500).withQty(6500));

            COUNTS.put(dbName + " " + name, counts.toString());
        }
    }

    private static List<ItemData> expected(ItemFilter filter) {
        return LongStream.rangeClosed(1, Data.ITEMS).mapToObj(i -> ItemData.of(i, i))
                .filter(i -> filter.category() == null || i.category().equals(filter.category()))
                .filter(i -> filter.minQty() == null || i.qty() >= filter.minQty())
                .filter(i -> filter.active() == null || i.active() == filter.active())
                .limit(ItemFilter.LIMIT)
                .toList();
    }

    private static ItemData row(Database db, long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(RawRows.SELECT + " WHERE id = " + id)) {
            assertThat(rs.next()).as("row %s exists", id).isTrue();
            return RawRows.readItem(rs);
        }
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @AfterAll
    static void printCounts() {
        COUNTS.forEach((who, counts) -> System.out.println("statements " + who + ": " + counts));
    }
}
