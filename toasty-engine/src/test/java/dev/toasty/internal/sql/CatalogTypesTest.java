package dev.toasty.internal.sql;

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
            Column column = new Column("t", "c", type, true, false, 0);
            assertThat(POSTGRES.sameType(new PostgresDialect().columnType(column), new PostgresDialect().columnType(column))).isTrue();
            assertThat(MYSQL.sameType(MysqlDialect.mariadb(false).columnType(column), MysqlDialect.mariadb(false).columnType(column)
                    .toLowerCase(java.util.Locale.ROOT))).isTrue();
            assertThat(SQLITE.sameType(new SqliteDialect().columnType(column), new SqliteDialect().columnType(column))).isTrue();
        }
    }

    @Test
    void mysqlAndSqliteNamesIgnoreCasePostgresNamesDoNot() {
        assertThat(MYSQL.key("Users")).isEqualTo("users");
        assertThat(SQLITE.key("Users")).isEqualTo("users");
        assertThat(POSTGRES.key("Users")).isEqualTo("Users");
    }
}
