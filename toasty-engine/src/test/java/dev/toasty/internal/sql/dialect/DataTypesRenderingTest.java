package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exact SQL per dialect for the array and JSON nodes. The columns are built by hand on {@link Person}'s table, and
 * the statements are the lowered form the renderer receives (columns and argument placeholders).
 */
class DataTypesRenderingTest {

    static final Column TAGS = new Column("persons", "tags", FieldType.ARRAY, true, false, 7,
            new Storage(null, 0, 0, false, FieldType.STRING, null, List.of()));
    static final Column META = new Column("persons", "meta", FieldType.JSON, true, false, 8, Storage.PLAIN);
    static final Column META_TEXT = new Column("persons", "meta", FieldType.JSON, true, false, 8,
            new Storage(null, 0, 0, true, null, null, List.of()));

    private static final SqlDialect SQLITE = new SqliteDialect();
    private static final SqlDialect POSTGRES = new PostgresDialect();
    private static final SqlDialect MYSQL = MysqlDialect.mysql(false);

    private static String where(SqlDialect dialect, Expr filter) {
        String sql = SqlRenderer.render(dialect, Rendering.model(), select(filter, List.of())).sql();
        return sql.substring(sql.indexOf(" WHERE ") + " WHERE ".length());
    }

    private static String orderBy(SqlDialect dialect, OrderItem item) {
        String sql = SqlRenderer.render(dialect, Rendering.model(), select(Expr.TRUE, List.of(item))).sql();
        return sql.substring(sql.indexOf(" ORDER BY ") + " ORDER BY ".length());
    }

    private static Select select(Expr filter, List<OrderItem> order) {
        return new Select(Person.class, filter, order, null, null, Select.Returning.ROWS);
    }

    private static Expr arrayOp(ExprArrayOp.Op op) {
        return new ExprArrayOp(op, new ExprColumn(TAGS), new ExprArg(0));
    }

    private static Expr json(Column column, ExprJsonValue.Kind kind, String... keys) {
        return new ExprBinaryOp(BinaryOp.EQ, new ExprJsonValue(new ExprColumn(column), List.of(keys), kind), new ExprArg(0));
    }

    @Test
    void arrayTestsOnPostgresAreNativeArrayOperators() {
        assertThat(where(POSTGRES, arrayOp(ExprArrayOp.Op.CONTAINS_ALL))).isEqualTo("\"persons\".\"tags\" @> ?");
        assertThat(where(POSTGRES, arrayOp(ExprArrayOp.Op.OVERLAPS))).isEqualTo("\"persons\".\"tags\" && ?");
        assertThat(where(POSTGRES, new ExprNot(arrayOp(ExprArrayOp.Op.OVERLAPS)))).isEqualTo("NOT (\"persons\".\"tags\" && ?)");
    }

    @Test
    void arrayTestsOnMysqlAreJsonFunctions() {
        assertThat(where(MYSQL, arrayOp(ExprArrayOp.Op.CONTAINS_ALL))).isEqualTo("JSON_CONTAINS(`persons`.`tags`, ?)");
        assertThat(where(MYSQL, arrayOp(ExprArrayOp.Op.OVERLAPS))).isEqualTo("JSON_OVERLAPS(`persons`.`tags`, ?)");
        assertThat(where(MysqlDialect.mariadb(false), arrayOp(ExprArrayOp.Op.OVERLAPS))).isEqualTo("JSON_OVERLAPS(`persons`.`tags`, ?)");
    }

    @Test
    void arrayTestsOnSqliteWalkBothListsWithJsonEach() {
        assertThat(where(SQLITE, arrayOp(ExprArrayOp.Op.CONTAINS_ALL))).isEqualTo(Rendering.onSqlite("(CASE WHEN \"persons\".\"tags\" IS NOT NULL "
                + "THEN NOT EXISTS (SELECT 1 FROM json_each(?) AS toasty_v WHERE toasty_v.value NOT IN "
                + "(SELECT toasty_a.value FROM json_each(\"persons\".\"tags\") AS toasty_a)) END)"));
        assertThat(where(SQLITE, arrayOp(ExprArrayOp.Op.OVERLAPS))).isEqualTo(Rendering.onSqlite("(CASE WHEN \"persons\".\"tags\" IS NOT NULL "
                + "THEN EXISTS (SELECT 1 FROM json_each(?) AS toasty_v WHERE toasty_v.value IN "
                + "(SELECT toasty_a.value FROM json_each(\"persons\".\"tags\") AS toasty_a)) END)"));
    }

    @Test
    void arraySizePerDialect() {
        Expr size = new ExprBinaryOp(BinaryOp.GE, new ExprArraySize(new ExprColumn(TAGS)), new ExprArg(0));
        assertThat(where(POSTGRES, size)).isEqualTo("cardinality(\"persons\".\"tags\") >= ?");
        assertThat(where(MYSQL, size)).isEqualTo("JSON_LENGTH(`persons`.`tags`) >= ?");
        assertThat(where(SQLITE, size)).isEqualTo(Rendering.onSqlite("json_array_length(\"persons\".\"tags\") >= ?"));
    }

    @Test
    void jsonValueOnPostgresReadsTextAndCastsOnlyMatchingTypes() {
        assertThat(where(POSTGRES, json(META, ExprJsonValue.Kind.TEXT, "author", "lang")))
                .isEqualTo("(\"persons\".\"meta\" #>> ARRAY['author', 'lang']) = ?");
        assertThat(where(POSTGRES, json(META, ExprJsonValue.Kind.NUMBER, "n"))).isEqualTo("(CASE WHEN jsonb_typeof(\"persons\".\"meta\" "
                + "#> ARRAY['n']) = 'number' THEN (\"persons\".\"meta\" #>> ARRAY['n'])::numeric END) = ?");
        assertThat(where(POSTGRES, json(META_TEXT, ExprJsonValue.Kind.BOOLEAN, "b"))).isEqualTo("(CASE WHEN json_typeof(\"persons\".\"meta\" "
                + "#> ARRAY['b']) = 'boolean' THEN (\"persons\".\"meta\" #>> ARRAY['b'])::boolean END) = ?");
    }

    @Test
    void jsonValueOnMysqlMakesJsonNullSqlNull() {
        String extract = "JSON_EXTRACT(`persons`.`meta`, '$.\"author\".\"lang\"')";
        assertThat(where(MYSQL, json(META, ExprJsonValue.Kind.TEXT, "author", "lang")))
                .isEqualTo("(CASE JSON_TYPE(" + extract + ") WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(" + extract + ") END) = ?");
        String n = "JSON_EXTRACT(`persons`.`meta`, '$.\"n\"')";
        assertThat(where(MYSQL, json(META, ExprJsonValue.Kind.NUMBER, "n"))).isEqualTo("(CASE WHEN JSON_TYPE(" + n
                + ") IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') THEN CAST(JSON_UNQUOTE(" + n + ") AS DOUBLE) END) = ?");
        assertThat(where(MYSQL, json(META, ExprJsonValue.Kind.BOOLEAN, "n")))
                .isEqualTo("(CASE JSON_TYPE(" + n + ") WHEN 'BOOLEAN' THEN JSON_UNQUOTE(" + n + ") = 'true' END) = ?");
    }

    @Test
    void jsonValueOnSqliteChecksJsonType() {
        String c = "\"persons\".\"meta\"";
        String p = "'$.\"a\".\"b\"'";
        assertThat(where(SQLITE, json(META, ExprJsonValue.Kind.TEXT, "a", "b"))).isEqualTo(Rendering.onSqlite("(CASE json_type(" + c + ", " + p
                + ") WHEN 'text' THEN json_extract(" + c + ", " + p + ") WHEN 'null' THEN NULL ELSE " + c + " -> " + p + " END) = ?"));
        assertThat(where(SQLITE, json(META, ExprJsonValue.Kind.NUMBER, "a", "b"))).isEqualTo(Rendering.onSqlite("(CASE WHEN json_type(" + c + ", " + p
                + ") IN ('integer', 'real') THEN json_extract(" + c + ", " + p + ") END) = ?"));
        assertThat(where(SQLITE, json(META, ExprJsonValue.Kind.BOOLEAN, "a", "b")))
                .isEqualTo(Rendering.onSqlite("(CASE json_type(" + c + ", " + p + ") WHEN 'true' THEN 1 WHEN 'false' THEN 0 END) = ?"));
    }

    @Test
    void jsonKeysAreEscapedAsLiterals() {
        Expr isNull = new ExprIsNull(new ExprJsonValue(new ExprColumn(META), List.of("it's", "a.b", "[0]", "?"), ExprJsonValue.Kind.TEXT), false);
        assertThat(where(POSTGRES, isNull)).isEqualTo("(\"persons\".\"meta\" #>> ARRAY['it''s', 'a.b', '[0]', '?']) IS NULL");
        assertThat(where(SQLITE, isNull)).contains(Rendering.onSqlite("json_type(\"persons\".\"meta\", '$.\"it''s\".\"a.b\".\"[0]\".\"?\"')"));
        assertThat(where(MYSQL, isNull)).contains("JSON_EXTRACT(`persons`.`meta`, '$.\"it''s\".\"a.b\".\"[0]\".\"?\"')");
        Expr backslash = new ExprIsNull(new ExprJsonValue(new ExprColumn(META), List.of("a\\b"), ExprJsonValue.Kind.TEXT), false);
        assertThat(where(POSTGRES, backslash)).isEqualTo("(\"persons\".\"meta\" #>> ARRAY[E'a\\\\b']) IS NULL");
        assertThat(where(SQLITE, backslash)).contains(Rendering.onSqlite("'$.\"a\\\\b\"'"));
    }

    @Test
    void quotesAndBackslashesInKeysAreJsonEscapesWrittenWithoutBackslashLiteralsOnMysql() {
        Expr quote = new ExprIsNull(new ExprJsonValue(new ExprColumn(META), List.of("say \"hi\"", "a\\b"), ExprJsonValue.Kind.TEXT), false);
        assertThat(where(SQLITE, quote)).contains(Rendering.onSqlite("json_type(\"persons\".\"meta\", '$.\"say \\\"hi\\\"\".\"a\\\\b\"')"));
        assertThat(where(MYSQL, quote)).contains("JSON_EXTRACT(`persons`.`meta`, CONCAT('$.\"say ', CHAR(92 USING utf8mb4), "
                + "'\"hi', CHAR(92 USING utf8mb4), '\"\".\"a', CHAR(92 USING utf8mb4), '', CHAR(92 USING utf8mb4), 'b\"'))");
        assertThat(where(POSTGRES, quote)).isEqualTo("(\"persons\".\"meta\" #>> ARRAY['say \"hi\"', E'a\\\\b']) IS NULL");
    }

    @Test
    void jsonKeysABackendCannotWriteAreRefused() {
        assertThatThrownBy(() -> where(MYSQL, json(META, ExprJsonValue.Kind.TEXT, "tab\there")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab\\u0009here").hasMessageContaining("mysql");
        assertThat(where(SQLITE, json(META, ExprJsonValue.Kind.BOOLEAN, "tab\there"))).contains(Rendering.onSqlite("'$.\"tab\\u0009here\"'"));
        for (SqlDialect dialect : List.of(SQLITE, POSTGRES, MYSQL)) {
            assertThatThrownBy(() -> where(dialect, json(META, ExprJsonValue.Kind.TEXT, "nul\0"))).as(dialect.name())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nul\\u0000");
        }
    }

    @Test
    void orderingByAJsonValuePlacesNullsOnEveryDialect() {
        OrderItem asc = new OrderItem(new ExprJsonValue(new ExprColumn(META), List.of("rank"), ExprJsonValue.Kind.NUMBER), false, NullOrder.DEFAULT);
        String pg = "(CASE WHEN jsonb_typeof(\"persons\".\"meta\" #> ARRAY['rank']) = 'number' THEN (\"persons\".\"meta\" #>> ARRAY['rank'])::numeric END)";
        assertThat(orderBy(POSTGRES, asc)).isEqualTo(pg);
        assertThat(orderBy(POSTGRES, asc.reversed())).isEqualTo(pg + " DESC");
        String sqlite = "(CASE WHEN json_type(\"persons\".\"meta\", '$.\"rank\"') IN ('integer', 'real') "
                + "THEN json_extract(\"persons\".\"meta\", '$.\"rank\"') END)";
        assertThat(orderBy(SQLITE, asc)).isEqualTo(Rendering.onSqlite(sqlite + " NULLS LAST"));
        String mysql = orderBy(MYSQL, asc);
        String value = mysql.substring(0, mysql.indexOf(" IS NULL, "));
        assertThat(mysql).isEqualTo(value + " IS NULL, " + value).startsWith("(CASE WHEN JSON_TYPE(JSON_EXTRACT(`persons`.`meta`");
    }
}
