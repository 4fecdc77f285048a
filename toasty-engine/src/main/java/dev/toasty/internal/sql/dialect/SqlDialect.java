package dev.toasty.internal.sql.dialect;

import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

import java.sql.SQLException;

/**
 * What differs between SQL backends, as data and small strategies: quoting, column types, codecs,
 * string matching, null ordering and error classification. The renderer and the JDBC driver read it;
 * nothing else in the engine asks which database it talks to.
 */
public interface SqlDialect {

    Capability capability();

    default String name() {
        return capability().backend();
    }

    /** Quotes an identifier. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The DDL type of a column, without constraints. */
    String columnType(Column column);

    /** The column definition of an identity key column, including its PRIMARY KEY constraint. */
    String identityColumn(Column column);

    /** Extra text after the closing parenthesis of CREATE TABLE. */
    default String tableOptions() {
        return "";
    }

    /** The codec of a field type. */
    ValueCodec codec(FieldType type);

    /** The codec of a column: its type's codec, after the column's conversion from the field's Java values. */
    default ValueCodec codec(Column column) {
        return dev.toasty.internal.sql.dialect.Codecs.converted(codec(column.type()), column.storage());
    }

    /** The codec binding a {@code java.util.List} of {@code type} values as one array parameter, for {@code = ANY(?)}. */
    default ValueCodec arrayCodec(FieldType type) {
        throw new UnsupportedOperationException(name() + " binds no arrays");
    }

    /**
     * The codec binding a {@code java.util.List} of a column's Java values as one array parameter, for
     * {@code = ANY(?)}: each element goes through the column's conversion first.
     */
    default ValueCodec arrayCodec(Column column) {
        return dev.toasty.internal.sql.dialect.Codecs.convertedList(arrayCodec(column.type()), column.storage());
    }

    /** Whether {@link #arrayCodec} binds lists of {@code type}. */
    default boolean bindsArrays(FieldType type) {
        return false;
    }

    /** The SQL function that lower-cases text the same way on every backend. */
    String lowerFunction();

    /** Whether nulls sort after every value when no NULLS clause is given (ascending). */
    boolean nullsSortHigh();

    /** The operator for a match ({@code LIKE}, {@code GLOB}) and whether it takes an {@code ESCAPE} clause. */
    String matchOperator(MatchKind kind);

    /** The ESCAPE clause that follows a match of this kind, or empty. */
    String matchEscape(MatchKind kind);

    /** Turns plain text into this dialect's pattern for a match kind, escaping its wildcards. */
    String pattern(MatchKind kind, String text);

    /**
     * The clause after {@code LIMIT}/{@code OFFSET} that takes a select's row lock: {@code FOR UPDATE} or
     * {@code FOR SHARE}, then {@code NOWAIT} or {@code SKIP LOCKED}.
     */
    default String lockClause(RowLock lock) {
        return (lock.strength() == RowLock.Strength.UPDATE ? " FOR UPDATE" : " FOR SHARE") + lockWait(lock.onLocked());
    }

    /** The wait policy of a lock clause, with its leading space; empty for waiting. */
    static String lockWait(RowLock.Wait wait) {
        return switch (wait) {
            case WAIT -> "";
            case NO_WAIT -> " NOWAIT";
            case SKIP_LOCKED -> " SKIP LOCKED";
        };
    }

    /** How an ORDER BY term puts nulls on the end the query asks for, when the backend's default is the other end. */
    default NullsPlacement nullsPlacement() {
        return NullsPlacement.KEYWORDS;
    }

    /** Whether an OFFSET needs a LIMIT before it ({@code LIMIT -1} on SQLite). */
    default boolean offsetNeedsLimit() {
        return false;
    }

    /** What follows a LIMIT or OFFSET placeholder; empty but on SQLite (see {@code SqliteDialect}). */
    default String afterLimitPlaceholder() {
        return "";
    }

    /** The LIMIT that means "no limit", written before an OFFSET when {@link #offsetNeedsLimit()}. */
    default String noLimit() {
        return "-1";
    }

    /** The DDL type of a column of a given table; a dialect may size a column by the indexes it is in. */
    default String columnType(dev.toasty.schema.Table table, Column column) {
        return columnType(column);
    }

    /** The statements that create an index unless it exists. */
    default java.util.List<String> createIndex(dev.toasty.schema.Table table, dev.toasty.schema.TableIndex index) {
        return java.util.List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + quote(index.name())
                + " ON " + quote(table.name()) + " (" + index.columns().stream().map(c -> quote(c.name()))
                .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    /**
     * Checks the schema against this backend's limits (identifier lengths, index key sizes) when Toasty starts,
     * throwing a {@link dev.toasty.SchemaException} that names the model and field.
     */
    default void checkSchema(dev.toasty.schema.Schema schema) {
    }

    /** The statement that moves a table's identity past explicitly inserted keys, or null when the backend does it itself. */
    default String syncIdentity(dev.toasty.schema.Table table) {
        return null;
    }

    /** How this database's catalog describes tables, for {@code Toasty.schemaDifferences()}. */
    default SqlCatalog catalog() {
        throw new dev.toasty.UnsupportedFeatureException("schema validation", name(), "check the schema with the database's own tools");
    }

    /**
     * The statements that create the types a table's columns use (PostgreSQL's native enums), each only when it does
     * not exist yet; run before the table's CREATE TABLE.
     */
    default java.util.List<String> createTypes(dev.toasty.schema.Table table) {
        return java.util.List.of();
    }

    /**
     * Renders a test of an array column against a bound list (see {@link ExprArrayOp}): {@code array} appends the
     * column, {@code values} the list's placeholder. The test is null, not false, for a null array.
     */
    void arrayOp(StringBuilder sql, ExprArrayOp.Op op, Runnable array, Runnable values);

    /** Renders the number of elements of an array column, null for a null array. */
    void arraySize(StringBuilder sql, Runnable array);

    /**
     * Renders the value under {@code keys} inside the JSON column {@code column} (appended by {@code json}) as
     * {@code kind}: null for a missing key, JSON null, or (as a number or boolean) a value of another JSON type.
     * The keys become literals; a key the dialect cannot write safely is refused with an {@code IllegalArgumentException}.
     */
    void jsonValue(StringBuilder sql, Column column, Runnable json, java.util.List<String> keys, ExprJsonValue.Kind kind);

    /**
     * Whether a migration changes a column's type or nullability, adds a required column or changes foreign keys by
     * rebuilding the table (SQLite, whose {@code ALTER TABLE} cannot) rather than with {@code ALTER TABLE}.
     */
    default boolean rebuildsTables() {
        return false;
    }

    /** A migration's statements that add {@code column} to {@code after} (the table as it is once added). */
    default java.util.List<String> addColumn(dev.toasty.schema.Table after, Column column) {
        return java.util.List.of("ALTER TABLE " + quote(after.name()) + " ADD COLUMN " + quote(column.name()) + " "
                + columnType(after, column) + (column.nullable() ? "" : " NOT NULL"));
    }

    /** A migration's statements that change a column's type or nullability, {@code after} being the table once changed. */
    default java.util.List<String> alterColumn(dev.toasty.schema.Table after, Column from, Column to) {
        String prefix = "ALTER TABLE " + quote(after.name()) + " ALTER COLUMN " + quote(to.name());
        java.util.List<String> out = new java.util.ArrayList<>();
        String type = columnType(after, to);
        if (!columnType(after, from).equals(type) || from.type() != to.type()) {
            out.add(prefix + " TYPE " + type + " USING " + quote(to.name()) + "::" + type);
        }
        if (from.nullable() != to.nullable()) {
            out.add(prefix + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        return out;
    }

    /**
     * A migration's statement that gives a column the type {@code table} gives it, for dialects whose column types
     * follow the indexes a column is in (MySQL); never called where the type does not change.
     */
    default String modifyColumn(dev.toasty.schema.Table table, Column column) {
        throw new IllegalStateException(name() + " does not size columns by their indexes");
    }

    /** A migration's statement that drops an index of {@code table}. */
    default String dropIndex(dev.toasty.schema.Table table, dev.toasty.schema.TableIndex index) {
        return "DROP INDEX " + quote(index.name());
    }

    /** A migration's statement that drops a foreign key of {@code table}. */
    default String dropForeignKey(dev.toasty.schema.Table table, dev.toasty.schema.ForeignKey foreignKey) {
        return "ALTER TABLE " + quote(table.name()) + " DROP CONSTRAINT " + quote(foreignKey.name());
    }

    /**
     * After a table or columns are dropped: the statements that drop the types those columns used (PostgreSQL's
     * native enums) where no other column still uses them.
     */
    default java.util.List<String> dropUnusedTypes(java.util.List<Column> dropped) {
        return java.util.List.of();
    }

    /** The statement that drops a table if it exists. */
    default String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table);
    }

    /**
     * Translates a driver exception into Toasty's family: unique violations name the model's fields.
     * Returns null when it has no narrower exception than the generic one.
     */
    ToastyException translate(SQLException e, Model model, String message);

    /** Escapes LIKE wildcards with a backslash. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The upsert clause after an INSERT's values ({@code target} and {@code update} are quoted column names): the
     * standard {@code ON CONFLICT} of PostgreSQL and SQLite; MySQL and MariaDB override it.
     */
    default void onConflict(StringBuilder sql, java.util.List<String> target, java.util.List<String> update) {
        sql.append(" ON CONFLICT (").append(String.join(", ", target)).append(')');
        if (update.isEmpty()) {
            sql.append(" DO NOTHING");
            return;
        }
        sql.append(" DO UPDATE SET ");
        for (int c = 0; c < update.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(update.get(c)).append(" = EXCLUDED.").append(update.get(c));
        }
    }
}
