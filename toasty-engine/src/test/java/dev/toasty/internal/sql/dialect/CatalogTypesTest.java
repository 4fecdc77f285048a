package dev.toasty.internal.sql.dialect;

import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which catalog spellings of a type each dialect's schema check takes for the type its DDL writes. */
class CatalogTypesTest {

    private static final SqlCatalog SQLITE = new SqliteCatalog();
    private static final SqlCatalog POSTGRES = new PostgresCatalog();
    private static final SqlCatalog MYSQL = new MysqlCatalog();

    @Test
    void sqliteComparesByTypeAffinity() {
        assertThat(SQLITE.sameType("INTEGER", "int")).isTrue();
        assertThat(SQLITE.sameType("INTEGER", "BIGINT")).isTrue();
        assertThat(SQLITE.sameType("TEXT", "VARCHAR(20)")).isTrue();
        assertThat(SQLITE.sameType("REAL", "double precision")).isTrue();
        assertThat(SQLITE.sameType("BLOB", "")).isTrue();
        assertThat(SQLITE.sameType("INTEGER", "BOOLEAN")).as("NUMERIC affinity").isFalse();
        assertThat(SQLITE.sameType("TEXT", "DECIMAL(10,2)")).isFalse();
        assertThat(SQLITE.sameType("TEXT", "INTEGER")).isFalse();
    }

    @Test
    void postgresResolvesAliasesAndIgnoresModifiers() {
        assertThat(POSTGRES.sameType("integer", "int4")).isTrue();
        assertThat(POSTGRES.sameType("bigint", "int8")).isTrue();
        assertThat(POSTGRES.sameType("timestamptz", "timestamp with time zone")).isTrue();
        assertThat(POSTGRES.sameType("timestamptz", "timestamp(3) with time zone")).isTrue();
        assertThat(POSTGRES.sameType("timestamp", "timestamp without time zone")).isTrue();
        assertThat(POSTGRES.sameType("text", "character varying")).isTrue();
        assertThat(POSTGRES.sameType("text", "varchar(255)")).isTrue();
        assertThat(POSTGRES.sameType("numeric", "NUMERIC(10,2)")).isTrue();
        assertThat(POSTGRES.sameType("double precision", "float8")).isTrue();
        assertThat(POSTGRES.sameType("timestamptz", "timestamp without time zone")).isFalse();
        assertThat(POSTGRES.sameType("text", "character")).isFalse();
        assertThat(POSTGRES.sameType("integer", "bigint")).isFalse();
    }

    @Test
    void mysqlFoldsWidthsAndLengthsButKeepsStoragePrecision() {
        assertThat(MYSQL.sameType("BOOLEAN", "tinyint(1)")).isTrue();
        assertThat(MYSQL.sameType("TINYINT", "tinyint(4)")).isTrue();
        assertThat(MYSQL.sameType("INT", "int(11)")).isTrue();
        assertThat(MYSQL.sameType("BIGINT", "bigint(20)")).isTrue();
        assertThat(MYSQL.sameType("VARCHAR(255)", "varchar(100)")).isTrue();
        assertThat(MYSQL.sameType("LONGTEXT", "text")).isTrue();
        assertThat(MYSQL.sameType("LONGBLOB", "mediumblob")).isTrue();
        assertThat(MYSQL.sameType("DATETIME(6)", "datetime(6)")).isTrue();
        assertThat(MYSQL.sameType("DOUBLE", "double precision")).isTrue();
        assertThat(MYSQL.sameType("BOOLEAN", "tinyint(4)")).isFalse();
        assertThat(MYSQL.sameType("INT", "int(10) unsigned")).isFalse();
        assertThat(MYSQL.sameType("DATETIME(6)", "datetime")).as("seconds only").isFalse();
        assertThat(MYSQL.sameType("BINARY(16)", "binary(36)")).isFalse();
        assertThat(MYSQL.sameType("DECIMAL(65,30)", "decimal(10,2)")).isFalse();
        assertThat(MYSQL.sameType("VARCHAR(255)", "longtext")).as("not indexable whole").isFalse();
    }

    @Test
    void everyDdlTypeMatchesItselfAsTheCatalogSpellsIt() {
        for (FieldType type : FieldType.values()) {
            dev.toasty.schema.Storage storage = type == FieldType.ARRAY
                    ? new dev.toasty.schema.Storage(null, 0, 0, false, FieldType.LONG, null, java.util.List.of()) : dev.toasty.schema.Storage.PLAIN;
            Column column = new Column("t", "c", type, true, false, 0, storage);
            assertThat(POSTGRES.sameType(new PostgresDialect().columnType(column), new PostgresDialect().columnType(column))).isTrue();
            assertThat(MYSQL.sameType(MysqlDialect.mariadb(false).columnType(column), MysqlDialect.mariadb(false).columnType(column)
                    .toLowerCase(java.util.Locale.ROOT))).isTrue();
            assertThat(SQLITE.sameType(new SqliteDialect().columnType(column), new SqliteDialect().columnType(column))).isTrue();
        }
    }

    @Test
    void postgresArraysEnumsTimeAndJsonAsTheCatalogSpellsThem() {
        assertThat(POSTGRES.sameType("integer[]", "int4[]")).isTrue();
        assertThat(POSTGRES.sameType("double precision[]", "float8[]")).isTrue();
        assertThat(POSTGRES.sameType("numeric(5,1)[]", "numeric[]")).isTrue();
        assertThat(POSTGRES.sameType("integer[]", "int8[]")).isFalse();
        assertThat(POSTGRES.sameType("text[]", "text")).isFalse();
        assertThat(POSTGRES.sameType("\"order_status\"", "order_status")).isTrue();
        assertThat(POSTGRES.sameType("\"order_status\"", "text")).isFalse();
        assertThat(POSTGRES.sameType("time", "time without time zone")).isTrue();
        assertThat(POSTGRES.sameType("time", "time with time zone")).isFalse();
        assertThat(POSTGRES.sameType("jsonb", "jsonb")).isTrue();
        assertThat(POSTGRES.sameType("jsonb", "json")).isFalse();
    }

    @Test
    void mysqlJsonEnumsAndTime() {
        assertThat(MYSQL.sameType("JSON", "json")).isTrue();
        assertThat(MYSQL.sameType("JSON", "longtext")).as("MariaDB's JSON").isTrue();
        assertThat(MYSQL.sameType("LONGTEXT", "json")).isFalse();
        assertThat(MYSQL.sameType("ENUM('NEW','it''s')", "enum('NEW','it''s')")).isTrue();
        assertThat(MYSQL.sameType("ENUM('NEW','PAID')", "enum('new','paid')")).as("labels are values").isFalse();
        assertThat(MYSQL.sameType("ENUM('NEW','PAID')", "enum('NEW')")).isFalse();
        assertThat(MYSQL.sameType("TIME(6)", "time(6)")).isTrue();
        assertThat(MYSQL.sameType("TIME(6)", "time")).isFalse();
        assertThat(MYSQL.sameType("DECIMAL(12,2)", "decimal(12,2)")).isTrue();
    }

    @Test
    void mysqlAndSqliteNamesIgnoreCasePostgresNamesDoNot() {
        assertThat(MYSQL.key("Users")).isEqualTo("users");
        assertThat(SQLITE.key("Users")).isEqualTo("users");
        assertThat(POSTGRES.key("Users")).isEqualTo("Users");
    }
}
