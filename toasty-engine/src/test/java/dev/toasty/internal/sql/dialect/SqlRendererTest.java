package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.read.Nodes;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.schema.Model;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact SQL per dialect for each statement form. Values never appear in the SQL: only {@code ?}. */
class SqlRendererTest {

    private static final String COLUMNS = "\"id\", \"name\", \"email\", \"age\", \"created_at\", \"updated_at\", \"salary\"";

    private static String sqlite(Statement s) {
        return Rendering.render(new SqliteDialect(), s).sql();
    }

    private static String postgres(Statement s) {
        return Rendering.render(new PostgresDialect(), s).sql();
    }

    private static Select select(Filter<Person> filter, List<Order<Person>> order, Long limit, Long offset) {
        return new Select(Person.class, Nodes.expr(filter), order.stream().map(Nodes::item).toList(),
                limit == null ? null : new ExprValue(limit), offset == null ? null : new ExprValue(offset),
                Select.Returning.ROWS);
    }

    @Test
    void selectAll() {
        Select s = select(Filter.always(), List.of(), null, null);
        assertThat(sqlite(s)).isEqualTo(Rendering.onSqlite("SELECT " + COLUMNS + " FROM \"persons\""));
        assertThat(postgres(s)).isEqualTo("SELECT " + COLUMNS + " FROM \"persons\"");
    }

    @Test
    void comparisonsAndJunctions() {
        Select s = select(Person.AGE.between(18, 65).and(Person.NAME.eq("x").or(Person.EMAIL.isNull())).and(Person.AGE.ne(3).not()),
                List.of(), null, null);
        String where = " WHERE \"age\" BETWEEN ? AND ? AND (\"name\" = ? OR \"email\" IS NULL) AND NOT (\"age\" <> ?)";
        assertThat(sqlite(s)).isEqualTo(Rendering.onSqlite("SELECT " + COLUMNS + " FROM \"persons\"" + where));
        assertThat(postgres(s)).isEqualTo("SELECT " + COLUMNS + " FROM \"persons\"" + where);
    }

    @Test
    void inAndNotIn() {
        Select s = select(Person.AGE.in(1, 2, 3).and(Person.ID.notIn(List.of(9L))), List.of(), null, null);
        assertThat(postgres(s)).endsWith(" WHERE \"age\" IN (?, ?, ?) AND \"id\" NOT IN (?)");
    }

    @Test
    void stringMatchingUsesGlobOnSqliteAndLikeOnPostgres() {
        Select s = select(Person.NAME.contains("a").and(Person.NAME.startsWith("b")).and(Person.NAME.like("c%")), List.of(), null, null);
        assertThat(sqlite(s)).endsWith(Rendering.onSqlite(" WHERE \"name\" GLOB ? AND \"name\" GLOB ? AND \"name\" LIKE ? ESCAPE '\\'"));
        assertThat(postgres(s)).endsWith(" WHERE \"name\" LIKE ? ESCAPE '\\' AND \"name\" LIKE ? ESCAPE '\\' AND \"name\" LIKE ? ESCAPE '\\'");
    }

    @Test
    void caseInsensitiveMatchingLowersBothSides() {
        Select s = select(Person.NAME.eqIgnoreCase("A").and(Person.EMAIL.containsIgnoreCase("b")), List.of(), null, null);
        assertThat(sqlite(s)).endsWith(Rendering.onSqlite(" WHERE toasty_lower(\"name\") = toasty_lower(?) AND toasty_lower(\"email\") GLOB toasty_lower(?)"));
        assertThat(postgres(s)).endsWith(" WHERE lower(\"name\") = lower(?) AND lower(\"email\") LIKE lower(?) ESCAPE '\\'");
    }

    @Test
    void fieldToFieldComparison() {
        Select s = select(Person.UPDATED.gt(Person.CREATED), List.of(), null, null);
        assertThat(postgres(s)).endsWith(" WHERE \"updated_at\" > \"created_at\"");
        assertThat(sqlite(s)).endsWith(Rendering.onSqlite(" WHERE \"updated_at\" > \"created_at\""));
    }

    @Test
    void orderWithNullPlacementFollowsToastyRuleOnEachDialect() {
        Select s = select(Filter.always(), List.of(Person.AGE.asc(), Person.EMAIL.desc(), Person.NAME.asc(), Person.AGE.desc().nullsLast()), null, null);
        assertThat(sqlite(s)).endsWith(Rendering.onSqlite(" ORDER BY \"age\" NULLS LAST, \"email\" DESC NULLS FIRST, \"name\", \"age\" DESC"));
        assertThat(postgres(s)).endsWith(" ORDER BY \"age\", \"email\" DESC, \"name\", \"age\" DESC NULLS LAST");
    }

    @Test
    void limitAndOffset() {
        assertThat(sqlite(select(Filter.always(), List.of(), 10L, 20L))).endsWith(Rendering.onSqlite(" FROM \"persons\" LIMIT ? + 0 OFFSET ? + 0"));
        assertThat(sqlite(select(Filter.always(), List.of(), null, 20L))).endsWith(Rendering.onSqlite(" FROM \"persons\" LIMIT -1 OFFSET ? + 0"));
        assertThat(postgres(select(Filter.always(), List.of(), 10L, 20L))).endsWith(" FROM \"persons\" LIMIT ? OFFSET ?");
        assertThat(postgres(select(Filter.always(), List.of(), null, 20L))).endsWith(" FROM \"persons\" OFFSET ?");
    }

    @Test
    void countAndExists() {
        Expr filter = Nodes.expr(Person.AGE.gt(1));
        assertThat(postgres(new Select(Person.class, filter, List.of(), null, null, Select.Returning.COUNT)))
                .isEqualTo("SELECT count(*) FROM \"persons\" WHERE \"age\" > ?");
        assertThat(postgres(new Select(Person.class, filter, List.of(), new ExprValue(5L), null, Select.Returning.COUNT)))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 FROM \"persons\" WHERE \"age\" > ? LIMIT ?) AS q");
        assertThat(sqlite(new Select(Person.class, filter, List.<OrderItem>of(), null, null, Select.Returning.EXISTS)))
                .isEqualTo(Rendering.onSqlite("SELECT 1 FROM \"persons\" WHERE \"age\" > ? LIMIT 1"));
    }

    @Test
    void multiRowInsertReturningTheIdentity() {
        List<String> fields = List.of("name", "email", "age", "createdAt", "updatedAt", "salary");
        List<Expr> row = fields.stream().<Expr>map(f -> new ExprValue("v")).toList();
        Insert insert = new Insert(Person.class, fields, List.of(row, row), true);
        String expected = "INSERT INTO \"persons\" (\"name\", \"email\", \"age\", \"created_at\", \"updated_at\", \"salary\") "
                + "VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?) RETURNING \"id\"";
        assertThat(sqlite(insert)).isEqualTo(Rendering.onSqlite(expected));
        assertThat(postgres(insert)).isEqualTo(expected);
    }

    @Test
    void updateAndDelete() {
        Update update = new Update(Person.class, List.of(new Update.Assignment("name", new ExprValue("n"))), Nodes.expr(Person.ID.eq(1L)));
        assertThat(postgres(update)).isEqualTo("UPDATE \"persons\" SET \"name\" = ? WHERE \"id\" = ?");
        assertThat(sqlite(new Delete(Person.class, Expr.TRUE))).isEqualTo(Rendering.onSqlite("DELETE FROM \"persons\""));
    }

    @Test
    void quotesInIdentifiersAreDoubled() {
        assertThat(new PostgresDialect().quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
    }

    @Test
    void patternsEscapeEachDialectsWildcards() {
        assertThat(new PostgresDialect().pattern(dev.toasty.internal.stmt.MatchKind.CONTAINS, "50%_\\")).isEqualTo("%50\\%\\_\\\\%");
        assertThat(new SqliteDialect().pattern(dev.toasty.internal.stmt.MatchKind.STARTS_WITH, "a*b?[c")).isEqualTo("a[*]b[?][[]c*");
    }

    @Test
    void createTableDdl() {
        Model model = Rendering.model();
        assertThat(SchemaSql.create(new PostgresDialect(), model.table())).containsExactly(
                "CREATE TABLE IF NOT EXISTS \"persons\" (\"id\" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "\"name\" text NOT NULL, \"email\" text, \"age\" integer, \"created_at\" timestamptz, "
                        + "\"updated_at\" timestamptz, \"salary\" numeric)",
                "CREATE UNIQUE INDEX IF NOT EXISTS \"ux_persons_email\" ON \"persons\" (\"email\")");
        assertThat(SchemaSql.create(new SqliteDialect(), model.table()).get(0)).isEqualTo(
                "CREATE TABLE IF NOT EXISTS `persons` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` TEXT NOT NULL, "
                        + "`email` TEXT, `age` INTEGER, `created_at` TEXT, `updated_at` TEXT, `salary` TEXT) STRICT");
    }

    /** SQLite reads a double-quoted name that matches no column as a string: its identifiers are in backticks. */
    @Test
    void sqliteQuotesIdentifiersInBackticks() {
        Select s = select(Person.NAME.eq("x"), List.of(), null, null);
        assertThat(sqlite(s)).startsWith("SELECT `id`, `name`").endsWith(" FROM `persons` WHERE `name` = ?").doesNotContain("\"");
        assertThat(new SqliteDialect().quote("odd`name")).isEqualTo("`odd``name`");
    }
}
