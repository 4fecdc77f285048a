package dev.toasty.internal.sql.dialect;

import dev.toasty.LockNotAvailableException;
import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.engine.Violations;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;
import dev.toasty.schema.TableIndex;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL 8.0.17+ and MariaDB 10.5+, one dialect: InnoDB tables in utf8mb4 with a binary, no-pad collation (so
 * that {@code eq}, unique indexes and matching are case-, accent- and trailing-space-sensitive, as on the other
 * backends), {@code AUTO_INCREMENT} keys, LIKE with {@code !} as its escape, and nulls placed by sorting on
 * {@code IS NULL}. Where the two servers differ (RETURNING, the collation's name, {@code CREATE INDEX IF NOT
 * EXISTS}) the instance says which one it talks to. Immutable.
 */
public final class MysqlDialect implements SqlDialect {

    /** The error MySQL and MariaDB raise for a duplicate key. */
    static final int DUPLICATE_KEY = 1062;

    /** A lock wait that timed out; MariaDB raises it at once for {@code NOWAIT}. */
    static final int LOCK_WAIT_TIMEOUT = 1205;

    /** MySQL 8's error for a {@code NOWAIT} read of a locked row. */
    static final int LOCK_NOWAIT = 3572;

    /** The error for a value longer than its column (strict mode). */
    static final int DATA_TOO_LONG = 1406;

    private final boolean mariadb;
    private final String collation;
    private final boolean exposeValues;

    /**
     * @param mariadb      MariaDB's statements ({@code RETURNING}, {@code CREATE INDEX IF NOT EXISTS}) rather than MySQL's
     * @param collation    the collation of every text column: binary and NO PAD
     * @param exposeValues keep the duplicated value in the cause of a unique violation
     */
    public MysqlDialect(boolean mariadb, String collation, boolean exposeValues) {
        this.mariadb = mariadb;
        this.collation = collation;
        this.exposeValues = exposeValues;
    }

    /** MySQL 8.0.17 or newer, with its {@code utf8mb4_0900_bin} collation. */
    public static MysqlDialect mysql(boolean exposeValues) {
        return new MysqlDialect(false, "utf8mb4_0900_bin", exposeValues);
    }

    /** MariaDB 10.5 or newer, with its {@code utf8mb4_nopad_bin} collation. */
    public static MysqlDialect mariadb(boolean exposeValues) {
        return new MysqlDialect(true, "utf8mb4_nopad_bin", exposeValues);
    }

    /** Whether the server is MariaDB rather than MySQL. */
    public boolean mariadb() {
        return mariadb;
    }

    @Override
    public Capability capability() {
        return mariadb ? Capability.MARIADB : Capability.MYSQL;
    }

    /** The collation of every text column: binary and NO PAD on both servers, under different names. */
    public String collation() {
        return collation;
    }

    /** MariaDB has no {@code FOR SHARE}; its {@code LOCK IN SHARE MODE} takes the same modifiers (10.6+ for SKIP LOCKED). */
    @Override
    public String lockClause(RowLock lock) {
        if (mariadb && lock.strength() == RowLock.Strength.SHARE) {
            return " LOCK IN SHARE MODE" + SqlDialect.lockWait(lock.onLocked());
        }
        return SqlDialect.super.lockClause(lock);
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String columnType(Column column) {
        Storage storage = column.storage();
        if (storage.enumType() != null) {
            return "ENUM(" + storage.enumLabels().stream().map(MysqlDialect::literal).collect(Collectors.joining(",")) + ")";
        }
        return switch (column.type()) {
            case STRING -> "LONGTEXT";
            case BOOLEAN -> "BOOLEAN";
            case BYTE -> "TINYINT";
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> storage.precision() > 0 ? "DECIMAL(" + storage.precision() + "," + storage.scale() + ")"
                    : "DECIMAL(" + MysqlCodecs.DECIMAL_PRECISION + "," + MysqlCodecs.DECIMAL_SCALE + ")";
            case UUID -> "BINARY(16)";
            case BYTES -> "LONGBLOB";
            case INSTANT, LOCAL_DATE_TIME -> "DATETIME(6)";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case JSON, ARRAY -> "JSON";
        };
    }

    /** Strings and byte arrays in a key or an index get a bounded type, which InnoDB can index whole. */
    @Override
    public String columnType(Table table, Column column) {
        if (MysqlLimits.indexed(table, column) && column.storage().enumType() == null) {
            if (column.type() == FieldType.STRING) {
                return "VARCHAR(" + MysqlLimits.INDEXED_LENGTH + ")";
            }
            if (column.type() == FieldType.BYTES) {
                return "VARBINARY(" + MysqlLimits.INDEXED_LENGTH + ")";
            }
        }
        return columnType(column);
    }

    @Override
    public String identityColumn(Column column) {
        return quote(column.name()) + " " + columnType(column) + " NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    /** A required column is added nullable, then made required: {@code MODIFY} refuses rows holding null, where a plain add would invent values. */
    @Override
    public List<String> addColumn(Table after, Column column) {
        String add = "ALTER TABLE " + quote(after.name()) + " ADD COLUMN " + quote(column.name()) + " " + columnType(after, column) + " NULL";
        if (column.nullable()) {
            return List.of(add);
        }
        return List.of(add, modifyColumn(after, column));
    }

    @Override
    public List<String> alterColumn(Table after, Column from, Column to) {
        return List.of(modifyColumn(after, to));
    }

    /** {@code ALTER TABLE ... MODIFY COLUMN}: the column's whole definition as it is in {@code table}. */
    @Override
    public String modifyColumn(Table table, Column column) {
        return "ALTER TABLE " + quote(table.name()) + " MODIFY COLUMN " + quote(column.name()) + " " + columnType(table, column)
                + (column.nullable() ? " NULL" : " NOT NULL");
    }

    @Override
    public String dropIndex(Table table, TableIndex index) {
        return "DROP INDEX " + quote(MysqlLimits.indexName(index)) + " ON " + quote(table.name());
    }

    @Override
    public String dropForeignKey(Table table, dev.toasty.schema.ForeignKey foreignKey) {
        return "ALTER TABLE " + quote(table.name()) + " DROP FOREIGN KEY " + quote(foreignKey.name());
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation();
    }

    /**
     * MariaDB has {@code CREATE INDEX IF NOT EXISTS}; MySQL 8 has not, so the statement is prepared only when
     * {@code information_schema} does not list the index yet (three statements on one connection).
     */
    @Override
    public List<String> createIndex(Table table, TableIndex index) {
        String name = MysqlLimits.indexName(index);
        String create = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(name) + " ON " + quote(table.name())
                + " (" + index.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", ")) + ")";
        if (mariadb) {
            return List.of(create.replaceFirst("INDEX ", "INDEX IF NOT EXISTS "));
        }
        return List.of("SET @toasty_ddl = IF(EXISTS(SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() "
                        + "AND table_name = " + literal(table.name()) + " AND index_name = " + literal(name) + "), 'DO 0', "
                        + literal(create) + ")",
                "PREPARE toasty_ddl FROM @toasty_ddl", "EXECUTE toasty_ddl", "DEALLOCATE PREPARE toasty_ddl");
    }

    /** A string literal that means the same with and without {@code NO_BACKSLASH_ESCAPES}: no backslashes allowed. */
    private static String literal(String text) {
        if (text.indexOf('\\') >= 0) {
            throw new dev.toasty.SchemaException("MySQL names with a backslash are not supported: '" + text + "'");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void checkSchema(Schema schema) {
        MysqlLimits.check(schema);
    }

    @Override
    public SqlCatalog catalog() {
        return new MysqlCatalog();
    }

    @Override
    public ValueCodec codec(FieldType type) {
        return MysqlCodecs.of(type);
    }

    @Override
    public ValueCodec codec(Column column) {
        return Codecs.converted(MysqlCodecs.of(column), column.storage());
    }

    /** JSON_OVERLAPS is in MySQL 8.0.17 and MariaDB 10.9. The JSON functions give null for a null array. */
    @Override
    public void arrayOp(StringBuilder sql, ExprArrayOp.Op op, Runnable array, Runnable values) {
        sql.append(op == ExprArrayOp.Op.CONTAINS_ALL ? "JSON_CONTAINS(" : "JSON_OVERLAPS(");
        array.run();
        sql.append(", ");
        values.run();
        sql.append(')');
    }

    @Override
    public void arraySize(StringBuilder sql, Runnable array) {
        sql.append("JSON_LENGTH(");
        array.run();
        sql.append(')');
    }

    /**
     * {@code JSON_EXTRACT} with every key quoted; JSON null reads as SQL NULL (JSON_UNQUOTE alone would give the text
     * {@code null}), and numbers and booleans are read only when {@code JSON_TYPE} says the value is one.
     */
    @Override
    public void jsonValue(StringBuilder sql, Column column, Runnable json, List<String> keys, ExprJsonValue.Kind kind) {
        String path = pathText(JsonKeys.quotedPath(keys, name(), c -> c < 0x20,
                "MariaDB does not match a control character escaped in a path"));
        Runnable extract = () -> {
            sql.append("JSON_EXTRACT(");
            json.run();
            sql.append(", ").append(path).append(')');
        };
        switch (kind) {
            case TEXT -> sql.append("(CASE JSON_TYPE(");
            case NUMBER -> sql.append("(CASE WHEN JSON_TYPE(");
            case BOOLEAN -> sql.append("(CASE JSON_TYPE(");
        }
        extract.run();
        sql.append(switch (kind) {
            case TEXT -> ") WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(";
            case NUMBER -> ") IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') THEN CAST(JSON_UNQUOTE(";
            case BOOLEAN -> ") WHEN 'BOOLEAN' THEN JSON_UNQUOTE(";
        });
        extract.run();
        sql.append(switch (kind) {
            case TEXT -> ") END)";
            case NUMBER -> ") AS DOUBLE) END)";
            case BOOLEAN -> ") = 'true' END)";
        });
    }

    /** The column's collation decides how LOWER folds; for utf8mb4 it is Unicode simple lower-casing. */
    @Override
    public String lowerFunction() {
        return "lower";
    }

    @Override
    public boolean nullsSortHigh() {
        return false;
    }

    @Override
    public NullsPlacement nullsPlacement() {
        return NullsPlacement.IS_NULL_FIRST;
    }

    @Override
    public boolean offsetNeedsLimit() {
        return true;
    }

    /** The largest LIMIT MySQL takes, which its manual gives for "all rows after the offset". */
    @Override
    public String noLimit() {
        return "18446744073709551615";
    }

    @Override
    public String matchOperator(MatchKind kind) {
        return "LIKE";
    }

    /** {@code !} rather than a backslash, whose meaning in a string literal depends on the SQL mode. */
    @Override
    public String matchEscape(MatchKind kind) {
        return " ESCAPE '!'";
    }

    @Override
    public String pattern(MatchKind kind, String text) {
        return switch (kind) {
            case LIKE -> MysqlPatterns.fromBackslashEscapes(text);
            case CONTAINS -> "%" + MysqlPatterns.escape(text) + "%";
            case STARTS_WITH -> MysqlPatterns.escape(text) + "%";
            case ENDS_WITH -> "%" + MysqlPatterns.escape(text);
        };
    }

    /**
     * A path as a string expression: a backslash (escaping a quote or a backslash in a key) is {@code CHAR(92)}, since
     * its meaning inside a string literal depends on the server's {@code NO_BACKSLASH_ESCAPES} mode.
     */
    static String pathText(String path) {
        if (path.indexOf('\\') < 0) {
            return JsonKeys.literal(path);
        }
        return "CONCAT(" + java.util.Arrays.stream(path.split("\\\\", -1)).map(JsonKeys::literal)
                .collect(Collectors.joining(", CHAR(92 USING utf8mb4), ")) + ")";
    }

    @Override
    public ToastyException translate(SQLException e, Model model, String message) {
        if (e.getErrorCode() == LOCK_WAIT_TIMEOUT || e.getErrorCode() == LOCK_NOWAIT) {
            return new LockNotAvailableException(message + (model == null ? "" : " on " + model.name())
                    + " could not lock a row another transaction holds [" + e.getErrorCode() + "]: " + e.getMessage(),
                    String.valueOf(e.getErrorCode()), e);
        }
        if (model != null && e.getErrorCode() == DATA_TOO_LONG) {
            return MysqlPatterns.tooLong(model, e);
        }
        if (e.getErrorCode() == 1451 || e.getErrorCode() == 1452) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONSTRAINT `([^`]+)`").matcher(String.valueOf(e.getMessage()));
            return Violations.foreignKey(model, m.find() ? m.group(1) : null, exposeValues ? e : MysqlPatterns.withoutValue(e));
        }
        if (model == null || e.getErrorCode() != DUPLICATE_KEY) {
            return null;
        }
        String key = MysqlPatterns.duplicateKeyName(e.getMessage());
        return Violations.unique(model, columnsOfKey(model.table(), key), e.getSQLState(),
                exposeValues ? e : MysqlPatterns.withoutValue(e));
    }

    /** The columns of the named key: {@code PRIMARY}, or an index by its (possibly shortened) name. */
    static List<String> columnsOfKey(Table table, String key) {
        if (key == null) {
            return List.of();
        }
        if (key.equals("PRIMARY")) {
            return table.primaryKey().stream().map(Column::name).toList();
        }
        for (TableIndex index : table.indexes()) {
            if (MysqlLimits.indexName(index).equalsIgnoreCase(key)) {
                return index.columns().stream().map(Column::name).toList();
            }
        }
        return List.of();
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE}, which fires on a clash with any unique index of the table, not only the target;
     * "do nothing" is a no-op assignment of the first target column, never {@code INSERT IGNORE}, which would also
     * turn other errors (a value too long) into warnings.
     */
    @Override
    public void onConflict(StringBuilder sql, List<String> target, List<String> update) {
        sql.append(" ON DUPLICATE KEY UPDATE ");
        if (update.isEmpty()) {
            sql.append(target.get(0)).append(" = ").append(target.get(0));
            return;
        }
        for (int c = 0; c < update.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(update.get(c)).append(" = VALUES(").append(update.get(c)).append(')');
        }
    }
}
