package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.read.Nodes;
import dev.toasty.driver.Feature;

import dev.toasty.SchemaException;
import dev.toasty.ValidationException;
import dev.toasty.annotation.Column;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.internal.mapping.SchemaBuilder;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.schema.TableIndex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exact SQL of the MySQL/MariaDB dialect for each statement form, and its schema limits. */
class MysqlRenderingTest {

    private static final String COLUMNS = "`id`, `name`, `email`, `age`, `created_at`, `updated_at`, `salary`";

    private static String mysql(Statement s) {
        return Rendering.render(MysqlDialect.mysql(false), s).sql();
    }

    private static String mariadb(Statement s) {
        return Rendering.render(MysqlDialect.mariadb(false), s).sql();
    }

    private static Select select(Filter<Person> filter, List<Order<Person>> order, Long limit, Long offset) {
        return new Select(Person.class, Nodes.expr(filter), order.stream().map(Nodes::item).toList(),
                limit == null ? null : new ExprValue(limit), offset == null ? null : new ExprValue(offset),
                Select.Returning.ROWS);
    }

    @Test
    void selectQuotesWithBackticks() {
        Select s = select(Person.AGE.between(18, 65).and(Person.NAME.eq("x").or(Person.EMAIL.isNull())), List.of(), null, null);
        String expected = "SELECT " + COLUMNS + " FROM `persons` WHERE `age` BETWEEN ? AND ? AND (`name` = ? OR `email` IS NULL)";
        assertThat(mysql(s)).isEqualTo(expected);
        assertThat(mariadb(s)).isEqualTo(expected);
        assertThat(MysqlDialect.mysql(false).quote("we`ird")).isEqualTo("`we``ird`");
    }

    @Test
    void matchingUsesLikeWithTheBangEscape() {
        Select s = select(Person.NAME.contains("a").and(Person.NAME.startsWith("b")).and(Person.NAME.like("c%")), List.of(), null, null);
        assertThat(mysql(s)).endsWith(" WHERE `name` LIKE ? ESCAPE '!' AND `name` LIKE ? ESCAPE '!' AND `name` LIKE ? ESCAPE '!'");
    }

    @Test
    void caseInsensitiveMatchingLowersBothSides() {
        Select s = select(Person.NAME.eqIgnoreCase("A").and(Person.EMAIL.containsIgnoreCase("b")), List.of(), null, null);
        assertThat(mysql(s)).endsWith(" WHERE lower(`name`) = lower(?) AND lower(`email`) LIKE lower(?) ESCAPE '!'");
    }

    @Test
    void patternsEscapeWildcardsAndTheEscapeCharacter() {
        MysqlDialect d = MysqlDialect.mysql(false);
        assertThat(d.pattern(MatchKind.CONTAINS, "50%_!\\")).isEqualTo("%50!%!_!!\\%");
        assertThat(d.pattern(MatchKind.STARTS_WITH, "a")).isEqualTo("a%");
        assertThat(d.pattern(MatchKind.ENDS_WITH, "a")).isEqualTo("%a");
        // a user's LIKE pattern escapes with a backslash, as on the other backends
        assertThat(d.pattern(MatchKind.LIKE, "100\\%")).isEqualTo("100!%");
        assertThat(d.pattern(MatchKind.LIKE, "a\\_b%")).isEqualTo("a!_b%");
        assertThat(d.pattern(MatchKind.LIKE, "c:\\\\dir")).isEqualTo("c:\\dir");
        assertThat(d.pattern(MatchKind.LIKE, "hi!")).isEqualTo("hi!!");
    }

    @Test
    void nullsArePlacedBySortingOnIsNullFirst() {
        Select s = select(Filter.always(), List.of(Person.AGE.asc(), Person.EMAIL.desc(), Person.NAME.asc(),
                Person.AGE.desc().nullsLast(), Person.AGE.asc().nullsFirst()), null, null);
        assertThat(mysql(s)).endsWith(" ORDER BY `age` IS NULL, `age`, `email` IS NULL DESC, `email` DESC, `name`, `age` DESC, `age`");
    }

    @Test
    void offsetAloneGetsTheLargestLimit() {
        assertThat(mysql(select(Filter.always(), List.of(), null, 20L))).endsWith(" FROM `persons` LIMIT 18446744073709551615 OFFSET ?");
        assertThat(mysql(select(Filter.always(), List.of(), 10L, 20L))).endsWith(" FROM `persons` LIMIT ? OFFSET ?");
    }

    @Test
    void countAndExists() {
        Expr filter = Nodes.expr(Person.AGE.gt(1));
        assertThat(mysql(new Select(Person.class, filter, List.of(), new ExprValue(5L), null, Select.Returning.COUNT)))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 FROM `persons` WHERE `age` > ? LIMIT ?) AS q");
        assertThat(mysql(new Select(Person.class, filter, List.of(), null, null, Select.Returning.EXISTS)))
                .isEqualTo("SELECT 1 FROM `persons` WHERE `age` > ? LIMIT 1");
    }

    @Test
    void insertReturnsTheIdentityOnlyOnMariadb() {
        List<String> fields = List.of("name", "email");
        List<Expr> row = fields.stream().<Expr>map(f -> new ExprValue("v")).toList();
        Insert insert = new Insert(Person.class, fields, List.of(row, row), true);
        String values = "INSERT INTO `persons` (`name`, `email`) VALUES (?, ?), (?, ?)";
        assertThat(mysql(insert)).isEqualTo(values);
        assertThat(mariadb(insert)).isEqualTo(values + " RETURNING `id`");
        assertThat(MysqlDialect.mysql(false).capability().has(Feature.RETURNING_CLAUSE)).isFalse();
        assertThat(MysqlDialect.mariadb(false).capability().has(Feature.RETURNING_CLAUSE)).isTrue();
        assertThat(MysqlDialect.mysql(false).capability().has(Feature.RETURNING)).isTrue();
        assertThat(MysqlDialect.mariadb(false).name()).isEqualTo("mysql");
    }

    @Test
    void createTableSizesIndexedStringsAndNamesTheCollation() {
        var table = Rendering.model().table();
        String columns = "(`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` LONGTEXT NOT NULL, `email` VARCHAR(255), "
                + "`age` INT, `created_at` DATETIME(6), `updated_at` DATETIME(6), `salary` DECIMAL(65,30))";
        assertThat(SchemaSql.create(MysqlDialect.mariadb(false), table)).containsExactly(
                "CREATE TABLE IF NOT EXISTS `persons` " + columns + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                "CREATE UNIQUE INDEX IF NOT EXISTS `ux_persons_email` ON `persons` (`email`)");
        assertThat(SchemaSql.create(MysqlDialect.mysql(false), table)).containsExactly(
                "CREATE TABLE IF NOT EXISTS `persons` " + columns + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_bin",
                "SET @toasty_ddl = IF(EXISTS(SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() "
                        + "AND table_name = 'persons' AND index_name = 'ux_persons_email'), 'DO 0', "
                        + "'CREATE UNIQUE INDEX `ux_persons_email` ON `persons` (`email`)')",
                "PREPARE toasty_ddl FROM @toasty_ddl", "EXECUTE toasty_ddl", "DEALLOCATE PREPARE toasty_ddl");
    }

    @Test
    void longIndexNamesAreShortenedTheSameWayEveryTime() {
        TableIndex index = new TableIndex("ix_" + "a".repeat(70), List.of(), false);
        String name = MysqlLimits.indexName(index);
        assertThat(name).hasSize(64).startsWith("ix_aaaa").matches(".*_[0-9a-f]{8}");
        assertThat(MysqlLimits.indexName(new TableIndex(index.name(), List.of(), false))).isEqualTo(name);
        assertThat(MysqlLimits.indexName(new TableIndex("ix_short", List.of(), false))).isEqualTo("ix_short");
    }

    @Test
    void duplicateKeyMessagesNameTheKeyInBothServersForms() {
        assertThat(MysqlPatterns.duplicateKeyName("(conn=9) Duplicate entry 'a@x' for key 'ux_users_email'")).isEqualTo("ux_users_email");
        assertThat(MysqlPatterns.duplicateKeyName("Duplicate entry 'it''s' for key 'users.ux_users_email'")).isEqualTo("ux_users_email");
        assertThat(MysqlPatterns.duplicateKeyName("Duplicate entry '7' for key 'PRIMARY'")).isEqualTo("PRIMARY");
        assertThat(MysqlPatterns.withoutValue(new java.sql.SQLException("Duplicate entry 'secret' for key 'k'", "23000", 1062))
                .getMessage()).isEqualTo("Duplicate entry '***' for key 'k'");
    }

    @Test
    void decimalsOutsideDecimal65Comma30AreRefusedNotRounded() {
        assertThat(MysqlCodecs.checkedDecimal(new BigDecimal("-0.000000000000000000000000000001"))).isNotNull();
        assertThat(MysqlCodecs.checkedDecimal(new BigDecimal("1.5000000000000000000000000000000000"))).isNotNull();
        assertThatThrownBy(() -> MysqlCodecs.checkedDecimal(new BigDecimal("0.0000000000000000000000000000001")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("setScale");
        assertThatThrownBy(() -> MysqlCodecs.checkedDecimal(new BigDecimal("1E+35")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("DECIMAL(65,30)");
    }

    @Model
    @Table("a_table_name_that_goes_on_and_on_well_past_what_mysql_allows_for_names")
    record LongTable(@Key Long id) {
    }

    @Model
    record LongColumn(@Key Long id, @Column("a_column_name_that_goes_on_and_on_well_past_what_mysql_allows_too") String text) {
    }

    @Model
    @Index(fields = {"a", "b", "c", "d"})
    record WideIndex(@Key Long id, String a, String b, String c, String d) {
    }

    @Test
    void namesAndKeysPastMysqlLimitsFailAtStartupNamingTheModel() {
        MysqlDialect d = MysqlDialect.mysql(false);
        assertThatThrownBy(() -> d.checkSchema(SchemaBuilder.build(List.of(LongTable.class))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("LongTable").hasMessageContaining("@Table");
        assertThatThrownBy(() -> d.checkSchema(SchemaBuilder.build(List.of(LongColumn.class))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("LongColumn.text").hasMessageContaining("@Column");
        assertThatThrownBy(() -> d.checkSchema(SchemaBuilder.build(List.of(WideIndex.class))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("WideIndex.a, WideIndex.b").hasMessageContaining("3072");
        d.checkSchema(SchemaBuilder.build(List.of(Person.class)));
    }
}
