package dev.toasty.internal.sql.dialect;

import dev.toasty.driver.Feature;

import dev.toasty.ValidationException;
import dev.toasty.internal.sql.ConnectionUrl;
import dev.toasty.internal.stmt.ExprArrayOp.Op;
import dev.toasty.internal.stmt.ExprJsonValue.Kind;
import dev.toasty.schema.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The time, JSON, list, native enum and decimal columns of each SQL dialect on a real database, below the engine:
 * DDL, codecs and the array and JSON SQL. SQLite always (in memory); PostgreSQL and MySQL/MariaDB when
 * {@code TOASTY_TEST_POSTGRES_URL} / {@code TOASTY_TEST_MYSQL_URL} name a server.
 */
class StoredTypesTest {

    record Backend(String name, SqlDialect dialect, Supplier<Connection> connect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Backend> backends() {
        List<Backend> out = new ArrayList<>();
        out.add(new Backend("sqlite", new SqliteDialect(), () -> open("jdbc:sqlite::memory:")));
        String postgres = System.getenv("TOASTY_TEST_POSTGRES_URL");
        if (postgres != null && !postgres.isBlank()) {
            out.add(new Backend("postgresql", new PostgresDialect(), () -> open(ConnectionUrl.parse(postgres))));
        }
        String mysql = System.getenv("TOASTY_TEST_MYSQL_URL");
        if (mysql != null && !mysql.isBlank()) {
            out.add(new Backend("mysql", null, () -> open(ConnectionUrl.parse(mysql))));
        }
        return out;
    }

    private static Connection open(ConnectionUrl url) {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.properties());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection open(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dialect of the server behind the connection: MySQL and MariaDB are told apart by their version text. */
    private static TypesTable table(Backend backend, Connection c) throws SQLException {
        SqlDialect dialect = backend.dialect() != null ? backend.dialect()
                : c.getMetaData().getDatabaseProductVersion().contains("MariaDB") ? MysqlDialect.mariadb(false) : MysqlDialect.mysql(false);
        return new TypesTable(c, dialect);
    }

    private static JsonNode json(String text) {
        return JsonCodecs.MAPPER.readTree(text);
    }

    private static final UUID U1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID U2 = UUID.randomUUID();

    @ParameterizedTest
    @MethodSource("backends")
    void everyColumnRoundTrips(Backend backend) throws SQLException {
        try (Connection c = backend.connect().get()) {
            TypesTable t = table(backend, c);
            List<String> tags = List.of("a", "é𝄞", "it's \"q\" \\ ", "");
            List<Long> nums = List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE);
            List<LocalDate> dates = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(-44, 3, 15), LocalDate.of(9999, 12, 31));
            List<BigDecimal> decs = List.of(new BigDecimal("1.50"), new BigDecimal("-0.001"), new BigDecimal("12345678901234567890.123456789"));
            List<Double> doubles = List.of(-0.0, 1e300, Double.MIN_VALUE, 0.1);
            JsonNode meta = json("{\"lang\":\"en\",\"n\":2.5,\"b\":true,\"nul\":null,\"nested\":{\"k\":[1,\"x\"]},\"u\":\"é𝄞\"}");
            LocalTime at = LocalTime.of(23, 59, 59, 999_999_000);
            t.insert(1, tags, nums, dates, decs, List.of(U1, U2), doubles, meta, at, "it's", new BigDecimal("12.30"), -0.0,
                    List.of(true, false), List.of(Integer.MIN_VALUE, 7));
            t.insert(2, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), NullNode.getInstance(), LocalTime.MIDNIGHT, "NEW");
            t.insert(3);

            assertThat(t.read(1, TypesTable.TAGS)).isEqualTo(tags);
            assertThat(t.read(1, TypesTable.NUMS)).isEqualTo(nums);
            assertThat(t.read(1, TypesTable.DATES)).isEqualTo(dates);
            assertThat((List<?>) t.read(1, TypesTable.DECS)).usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                    .isEqualTo(decs);
            assertThat(t.read(1, TypesTable.UUIDS)).isEqualTo(List.of(U1, U2));
            assertThat(t.read(1, TypesTable.DOUBLES)).isEqualTo(doubles);
            assertThat(t.read(1, TypesTable.FLAGS)).isEqualTo(List.of(true, false));
            assertThat(t.read(1, TypesTable.INTS)).isEqualTo(List.of(Integer.MIN_VALUE, 7));
            assertThat(t.read(1, TypesTable.META)).isEqualTo(meta);
            assertThat(t.read(1, TypesTable.AT)).isEqualTo(at);
            assertThat(t.read(1, TypesTable.STATUS)).isEqualTo("it's");
            assertThat((BigDecimal) t.read(1, TypesTable.PRICE)).isEqualByComparingTo("12.3");
            assertThat(t.read(2, TypesTable.TAGS)).isEqualTo(List.of());
            assertThat(t.read(2, TypesTable.META)).as("JSON null").isEqualTo(NullNode.getInstance());
            assertThat(t.read(2, TypesTable.AT)).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(t.read(3, TypesTable.META)).as("SQL NULL").isNull();
            assertThat(t.read(3, TypesTable.TAGS)).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void nanAndTheInfinitiesAreStoredOnlyOnPostgres(Backend backend) throws SQLException {
        try (Connection c = backend.connect().get()) {
            TypesTable t = table(backend, c);
            if (t.dialect.capability().has(Feature.NAN_VALUES)) {
                t.insert(1, null, null, null, null, null, List.of(Double.NaN, Double.NEGATIVE_INFINITY), null, null, null, null, Double.NaN);
                assertThat(t.read(1, TypesTable.SCORE)).isEqualTo(Double.NaN);
                assertThat(t.read(1, TypesTable.DOUBLES)).isEqualTo(List.of(Double.NaN, Double.NEGATIVE_INFINITY));
                return;
            }
            assertThatThrownBy(() -> t.insert(1, null, null, null, null, null, null, null, null, null, null, Double.NaN))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("NaN").hasMessageContaining("'score'");
            assertThatThrownBy(() -> t.insert(1, null, null, null, null, null, List.of(1.0, Double.POSITIVE_INFINITY)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Infinity").hasMessageContaining("'doubles'");
            assertThat(t.ids(sql -> sql.append("1 = 1"), null, null)).as("nothing was written").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void arrayTests(Backend backend) throws SQLException {
        try (Connection c = backend.connect().get()) {
            TypesTable t = table(backend, c);
            t.insert(1, List.of("a", "b"), List.of(1L, Long.MAX_VALUE), List.of(LocalDate.of(2024, 2, 29)),
                    List.of(new BigDecimal("1.50")), List.of(U1), null, null, null, null, null, null, List.of(true), List.of(5));
            t.insert(2, List.of("b", "c"), List.of(2L), List.of(), List.of(new BigDecimal("2")), List.of(U2));
            t.insert(3, List.of());
            t.insert(4);

            assertThat(t.arrayOp(TypesTable.TAGS, Op.CONTAINS_ALL, List.of("a"))).containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.TAGS, Op.CONTAINS_ALL, List.of("b"))).containsExactly(1L, 2L);
            assertThat(t.arrayOp(TypesTable.TAGS, Op.CONTAINS_ALL, List.of("a", "b"))).containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.TAGS, Op.CONTAINS_ALL, List.of("a", "c"))).isEmpty();
            assertThat(t.arrayOp(TypesTable.TAGS, Op.OVERLAPS, List.of("a", "c"))).containsExactly(1L, 2L);
            assertThat(t.arrayOp(TypesTable.TAGS, Op.OVERLAPS, List.of("z"))).isEmpty();
            assertThat(t.ids(sql -> {
                sql.append("NOT (");
                t.dialect.arrayOp(sql, Op.CONTAINS_ALL, () -> sql.append(t.qualified(TypesTable.TAGS)), () -> sql.append('?'));
                sql.append(')');
            }, t.dialect.codec(TypesTable.TAGS), List.of("a"))).as("a null list matches no test, negated or not").containsExactly(2L, 3L);

            assertThat(t.arrayOp(TypesTable.NUMS, Op.CONTAINS_ALL, List.of(Long.MAX_VALUE))).containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.DATES, Op.CONTAINS_ALL, List.of(LocalDate.of(2024, 2, 29)))).containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.DECS, Op.CONTAINS_ALL, List.of(new BigDecimal("1.5")))).as("by value").containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.DECS, Op.OVERLAPS, List.of(new BigDecimal("2.00")))).containsExactly(2L);
            assertThat(t.arrayOp(TypesTable.UUIDS, Op.OVERLAPS, List.of(U2, UUID.randomUUID()))).containsExactly(2L);
            assertThat(t.arrayOp(TypesTable.FLAGS, Op.CONTAINS_ALL, List.of(true))).containsExactly(1L);
            assertThat(t.arrayOp(TypesTable.INTS, Op.CONTAINS_ALL, List.of(5))).containsExactly(1L);

            assertThat(size(t, "= ?", 0L)).containsExactly(3L);
            assertThat(size(t, ">= ?", 2L)).containsExactly(1L, 2L);
            assertThat(size(t, "IS NULL", null)).containsExactly(4L);
        }
    }

    private static List<Long> size(TypesTable t, String test, Long arg) throws SQLException {
        return t.ids(sql -> {
            t.dialect.arraySize(sql, () -> sql.append(t.qualified(TypesTable.TAGS)));
            sql.append(' ').append(test);
        }, arg == null ? null : t.dialect.codec(FieldType.LONG), arg);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void jsonValues(Backend backend) throws SQLException {
        try (Connection c = backend.connect().get()) {
            TypesTable t = table(backend, c);
            Object[] none = new Object[6];
            t.insert(1, append(none, json("{\"lang\":\"en\",\"n\":2.5,\"b\":true,\"nul\":null,\"s\":\"1\",\"nested\":{\"k\":\"v\"},"
                    + "\"it's\":\"q\",\"a.b\":\"dot\",\"say \\\"hi\\\"\":\"quoted\",\"back\\\\slash\":\"bs\",\"😀\":\"smile\"}")));
            t.insert(2, append(none, json("{\"lang\":\"fr\",\"n\":10,\"b\":false}")));
            t.insert(3, append(none, NullNode.getInstance()));
            t.insert(4);
            t.insert(5, append(none, json("{\"n\":\"abc\",\"b\":\"true\",\"lang\":{\"x\":1}}")));

            assertThat(t.json(List.of("lang"), Kind.TEXT, "=", "en")).containsExactly(1L);
            assertThat(t.json(List.of("lang"), Kind.TEXT, "=", "EN")).as("case-sensitive").isEmpty();
            assertThat(t.json(List.of("nested", "k"), Kind.TEXT, "=", "v")).containsExactly(1L);
            assertThat(t.json(List.of("it's"), Kind.TEXT, "=", "q")).containsExactly(1L);
            assertThat(t.json(List.of("a.b"), Kind.TEXT, "=", "dot")).containsExactly(1L);
            assertThat(t.json(List.of("say \"hi\""), Kind.TEXT, "=", "quoted")).containsExactly(1L);
            assertThat(t.json(List.of("back\\slash"), Kind.TEXT, "=", "bs")).containsExactly(1L);
            assertThat(t.json(List.of("😀"), Kind.TEXT, "=", "smile")).containsExactly(1L);
            assertThat(t.json(List.of("a.b' or '1'='1"), Kind.TEXT, "IS NOT NULL", null)).isEmpty();
            assertThat(t.json(List.of("n"), Kind.TEXT, "=", "10")).as("a number's text").containsExactly(2L);
            assertThat(t.json(List.of("lang"), Kind.TEXT, "IS NULL", null)).containsExactly(3L, 4L);
            assertThat(t.json(List.of("nul"), Kind.TEXT, "IS NULL", null)).as("JSON null is null").containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(t.json(List.of("n"), Kind.NUMBER, ">", 3.0)).containsExactly(2L);
            assertThat(t.json(List.of("n"), Kind.NUMBER, "=", 2.5)).containsExactly(1L);
            assertThat(t.json(List.of("n"), Kind.NUMBER, "IS NOT NULL", null)).as("a string is no number").containsExactly(1L, 2L);
            assertThat(t.json(List.of("b"), Kind.BOOLEAN, "=", true)).containsExactly(1L);
            assertThat(t.json(List.of("b"), Kind.BOOLEAN, "=", false)).containsExactly(2L);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theCatalogReadsEveryColumnAsTheTypeItsDdlWrote(Backend backend) throws SQLException {
        try (Connection c = backend.connect().get()) {
            TypesTable t = table(backend, c);
            SqlCatalog catalog = t.dialect.catalog();
            CatalogTable found = catalog.read((sql, params) -> {
                try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        p.setString(i + 1, params.get(i));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    try (java.sql.ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            Object[] row = new Object[r.getMetaData().getColumnCount()];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = r.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                    }
                    return rows;
                }
            }, List.of(TypesTable.NAME)).get(catalog.key(TypesTable.NAME));
            for (dev.toasty.schema.Column column : TypesTable.COLUMNS) {
                String actual = found.columns().stream().filter(f -> catalog.key(f.name()).equals(catalog.key(column.name())))
                        .findFirst().orElseThrow().type();
                String expected = t.dialect.columnType(t.table, column);
                assertThat(catalog.sameType(expected, actual)).as(column.name() + ": " + expected + " read as " + actual).isTrue();
            }
        }
    }

    private static Object[] append(Object[] before, Object value) {
        Object[] out = java.util.Arrays.copyOf(before, before.length + 1);
        out[before.length] = value;
        return out;
    }
}
