package dev.toasty.internal.sql.dialect;

import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DDL of the time, JSON, list, native enum and declared-precision decimal columns on each dialect. */
class DataTypesDdlTest {

    private static final SqlDialect SQLITE = new SqliteDialect();
    private static final SqlDialect POSTGRES = new PostgresDialect();
    private static final SqlDialect MYSQL = MysqlDialect.mysql(false);

    static Column column(String name, FieldType type, Storage storage) {
        return new Column("orders", name, type, true, false, 1, storage);
    }

    static Storage list(FieldType element) {
        return new Storage(null, 0, 0, false, element, null, List.of());
    }

    static final Storage STATUS = new Storage(null, 0, 0, false, null, "order_status", List.of("NEW", "it's"));
    static final Storage MONEY = new Storage(null, 12, 2, false, null, null, List.of());

    private static String types(SqlDialect dialect, FieldType type, Storage storage) {
        return dialect.columnType(column("c", type, storage));
    }

    @Test
    void timeJsonAndDecimalColumns() {
        assertThat(types(POSTGRES, FieldType.LOCAL_TIME, Storage.PLAIN)).isEqualTo("time");
        assertThat(types(MYSQL, FieldType.LOCAL_TIME, Storage.PLAIN)).isEqualTo("TIME(6)");
        assertThat(types(SQLITE, FieldType.LOCAL_TIME, Storage.PLAIN)).isEqualTo("TEXT");
        assertThat(types(POSTGRES, FieldType.JSON, Storage.PLAIN)).isEqualTo("jsonb");
        assertThat(types(POSTGRES, FieldType.JSON, new Storage(null, 0, 0, true, null, null, List.of()))).isEqualTo("json");
        assertThat(types(MYSQL, FieldType.JSON, Storage.PLAIN)).isEqualTo("JSON");
        assertThat(types(SQLITE, FieldType.JSON, Storage.PLAIN)).isEqualTo("TEXT");
        assertThat(types(POSTGRES, FieldType.DECIMAL, MONEY)).isEqualTo("numeric(12,2)");
        assertThat(types(MYSQL, FieldType.DECIMAL, MONEY)).isEqualTo("DECIMAL(12,2)");
        assertThat(types(MYSQL, FieldType.DECIMAL, Storage.PLAIN)).isEqualTo("DECIMAL(65,30)");
        assertThat(types(SQLITE, FieldType.DECIMAL, MONEY)).isEqualTo("TEXT");
    }

    @Test
    void listsAreNativeArraysOnPostgresAndJsonElsewhere() {
        assertThat(List.of(FieldType.STRING, FieldType.INT, FieldType.LONG, FieldType.DOUBLE, FieldType.BOOLEAN, FieldType.UUID,
                FieldType.DECIMAL, FieldType.LOCAL_DATE).stream().map(e -> types(POSTGRES, FieldType.ARRAY, list(e))).toList())
                .containsExactly("text[]", "integer[]", "bigint[]", "double precision[]", "boolean[]", "uuid[]", "numeric[]", "date[]");
        assertThat(types(POSTGRES, FieldType.ARRAY, new Storage(null, 5, 1, false, FieldType.DECIMAL, null, List.of())))
                .isEqualTo("numeric(5,1)[]");
        assertThat(types(MYSQL, FieldType.ARRAY, list(FieldType.UUID))).isEqualTo("JSON");
        assertThat(types(SQLITE, FieldType.ARRAY, list(FieldType.UUID))).isEqualTo("TEXT");
    }

    @Test
    void nativeEnumsArePostgresTypesCreatedBeforeTheTable() {
        Column id = new Column("orders", "id", FieldType.LONG, false, false, 0);
        Column status = column("status", FieldType.STRING, STATUS);
        Column previous = column("previous", FieldType.STRING, STATUS);
        Table table = new Table("orders", List.of(id, status, previous), List.of(id), List.of());
        String body = "CREATE TYPE \"order_status\" AS ENUM ('NEW', 'it''s'); EXCEPTION WHEN duplicate_object OR unique_violation "
                + "THEN ALTER TYPE \"order_status\" ADD VALUE IF NOT EXISTS 'NEW'; ALTER TYPE \"order_status\" ADD VALUE IF NOT EXISTS 'it''s'; END";
        assertThat(SchemaSql.create(POSTGRES, table)).containsExactly("DO $toasty$ BEGIN " + body + " $toasty$",
                "CREATE TABLE IF NOT EXISTS \"orders\" (\"id\" bigint NOT NULL, \"status\" \"order_status\", \"previous\" \"order_status\", "
                        + "PRIMARY KEY (\"id\"))");
    }

    @Test
    void nativeEnumsAreEnumColumnsOnMysqlAndTextOnSqlite() {
        Column status = column("status", FieldType.STRING, STATUS);
        Column id = new Column("orders", "id", FieldType.LONG, false, false, 0);
        Table table = new Table("orders", List.of(id, status), List.of(id), List.of(new TableIndex("ix_orders_status", List.of(status), false)));
        assertThat(MYSQL.columnType(table, status)).as("an indexed enum stays an enum").isEqualTo("ENUM('NEW','it''s')");
        assertThat(MYSQL.createTypes(table)).isEmpty();
        assertThat(SQLITE.columnType(status)).isEqualTo("TEXT");
        assertThat(SQLITE.createTypes(table)).isEmpty();
    }
}
