package dev.toasty.internal.sql.dialect;

import dev.toasty.ToastyException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.TimeText;
import dev.toasty.internal.engine.Violations;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * SQLite: STRICT tables, text for dates, times, decimals and UUIDs (fixed-width ISO text so that dates sort
 * and compare correctly), JSON text for documents and lists, GLOB for case-sensitive literal matching, and a
 * Java lower-case function registered on every connection so that case-insensitive matching is Unicode-aware.
 */
public final class SqliteDialect implements SqlDialect {

    /** Registered on every SQLite connection by the driver. */
    public static final String LOWER_FUNCTION = "toasty_lower";

    private static final DateTimeFormatter INSTANT = TimeText.INSTANT;
    private static final DateTimeFormatter LOCAL_DATE_TIME = TimeText.LOCAL_DATE_TIME;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
    private static final String BACKEND = "SQLite";

    private static final ValueCodec BOOLEAN = Codecs.codec(Types.INTEGER,
            (s, i, v) -> s.setInt(i, (Boolean) v ? 1 : 0),
            (r, i) -> {
                int value = r.getInt(i);
                return r.wasNull() ? null : value != 0;
            },
            (r, i) -> r.getInt(i) != 0);
    private static final ValueCodec INSTANT_TEXT = Codecs.codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, INSTANT.format((Instant) v)),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : Instant.parse(text);
            });
    private static final ValueCodec LOCAL_DATE_TEXT = Codecs.codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, v.toString()),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : LocalDate.parse(text);
            });
    private static final ValueCodec LOCAL_DATE_TIME_TEXT = Codecs.codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, LOCAL_DATE_TIME.format((LocalDateTime) v)),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : LocalDateTime.parse(text);
            });
    /** Fixed-width {@code HH:mm:ss.nnnnnnnnn}, so that text order is time order. */
    private static final ValueCodec LOCAL_TIME_TEXT = Codecs.codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, LOCAL_TIME.format((LocalTime) v)),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : LocalTime.parse(text);
            });

    /** SQLite would store NaN as NULL; the infinities are refused too, as on every backend but PostgreSQL. */
    private static final ValueCodec FLOAT = Codecs.floating(Codecs.FLOAT, Capability.SQLITE, BACKEND, null);
    private static final ValueCodec DOUBLE = Codecs.floating(Codecs.DOUBLE, Capability.SQLITE, BACKEND, null);

    @Override
    public Capability capability() {
        return Capability.SQLITE;
    }

    /**
     * Backticks, not double quotes: SQLite reads a double-quoted name that matches no column as a string literal,
     * so a column missing from the table would read back as its own name instead of failing. A backticked name is
     * always an identifier.
     */
    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String columnType(Column column) {
        return switch (column.type()) {
            case STRING, DECIMAL, UUID, INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, JSON, ARRAY -> "TEXT";
            case BOOLEAN, BYTE, SHORT, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case BYTES -> "BLOB";
        };
    }

    @Override
    public boolean rebuildsTables() {
        return true;
    }

    @Override
    public String identityColumn(Column column) {
        return quote(column.name()) + " INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /**
     * {@code LIMIT ? + 0}: SQLite reads a bare bound LIMIT or OFFSET as a constant for its planner and
     * marks the statement to be compiled again whenever that parameter is bound, which is every run
     * (measured: a lookup by key with {@code LIMIT ?} took 9 microseconds instead of 4). An expression
     * is evaluated at run time instead, so a prepared statement stays prepared.
     */
    @Override
    public String afterLimitPlaceholder() {
        return " + 0";
    }

    @Override
    public boolean offsetNeedsLimit() {
        return true;
    }

    @Override
    public String tableOptions() {
        return " STRICT";
    }

    @Override
    public SqlCatalog catalog() {
        return new SqliteCatalog();
    }

    @Override
    public ValueCodec codec(Column column) {
        ValueCodec codec = switch (column.type()) {
            case ARRAY -> JsonCodecs.array(column.storage().element(), BACKEND, column.name());
            case FLOAT -> Codecs.finite(Codecs.FLOAT, BACKEND, column.name());
            case DOUBLE -> Codecs.finite(Codecs.DOUBLE, BACKEND, column.name());
            default -> codec(column.type());
        };
        return Codecs.converted(codec, column.storage());
    }

    @Override
    public ValueCodec codec(FieldType type) {
        return switch (type) {
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case LOCAL_TIME -> LOCAL_TIME_TEXT;
            case JSON -> JsonCodecs.DOCUMENT_TEXT;
            case ARRAY -> throw new IllegalStateException("an array's codec depends on its column's element type");
            case BOOLEAN -> BOOLEAN;
            case DECIMAL -> Codecs.DECIMAL_TEXT;
            case UUID -> Codecs.UUID_TEXT;
            case INSTANT -> INSTANT_TEXT;
            case LOCAL_DATE -> LOCAL_DATE_TEXT;
            case LOCAL_DATE_TIME -> LOCAL_DATE_TIME_TEXT;
            default -> Codecs.common(type);
        };
    }

    @Override
    public String lowerFunction() {
        return LOWER_FUNCTION;
    }

    @Override
    public boolean nullsSortHigh() {
        return false;
    }

    /**
     * With {@code json_each} over both lists; the CASE makes the test null, as on the other backends, for a null
     * array. The array is written qualified by the renderer: inside these subqueries a bare name such as
     * {@code value} would be json_each's own column.
     */
    @Override
    public void arrayOp(StringBuilder sql, ExprArrayOp.Op op, Runnable array, Runnable values) {
        sql.append("(CASE WHEN ");
        array.run();
        sql.append(op == ExprArrayOp.Op.CONTAINS_ALL ? " IS NOT NULL THEN NOT EXISTS" : " IS NOT NULL THEN EXISTS")
                .append(" (SELECT 1 FROM json_each(");
        values.run();
        sql.append(") AS toasty_v WHERE toasty_v.value ").append(op == ExprArrayOp.Op.CONTAINS_ALL ? "NOT IN" : "IN")
                .append(" (SELECT toasty_a.value FROM json_each(");
        array.run();
        sql.append(") AS toasty_a)) END)");
    }

    @Override
    public void arraySize(StringBuilder sql, Runnable array) {
        sql.append("json_array_length(");
        array.run();
        sql.append(')');
    }

    /**
     * {@code json_type} first, so that JSON null is SQL NULL and numbers and booleans are read only when the value is
     * one; as text, a string gives its characters and other values their JSON text ({@code ->}), as on PostgreSQL.
     */
    @Override
    public void jsonValue(StringBuilder sql, Column column, Runnable json, List<String> keys, ExprJsonValue.Kind kind) {
        String path = JsonKeys.literal(JsonKeys.quotedPath(keys, name(), c -> false, "SQLite text cannot hold NUL"));
        Runnable type = () -> {
            sql.append("json_type(");
            json.run();
            sql.append(", ").append(path).append(')');
        };
        switch (kind) {
            case TEXT -> {
                sql.append("(CASE ");
                type.run();
                sql.append(" WHEN 'text' THEN json_extract(");
                json.run();
                sql.append(", ").append(path).append(") WHEN 'null' THEN NULL ELSE ");
                json.run();
                sql.append(" -> ").append(path).append(" END)");
            }
            case NUMBER -> {
                sql.append("(CASE WHEN ");
                type.run();
                sql.append(" IN ('integer', 'real') THEN json_extract(");
                json.run();
                sql.append(", ").append(path).append(") END)");
            }
            case BOOLEAN -> {
                sql.append("(CASE ");
                type.run();
                sql.append(" WHEN 'true' THEN 1 WHEN 'false' THEN 0 END)");
            }
        }
    }

    @Override
    public String matchOperator(MatchKind kind) {
        return kind == MatchKind.LIKE ? "LIKE" : "GLOB";
    }

    @Override
    public String matchEscape(MatchKind kind) {
        return kind == MatchKind.LIKE ? " ESCAPE '\\'" : "";
    }

    @Override
    public String pattern(MatchKind kind, String text) {
        String escaped = escapeGlob(text);
        return switch (kind) {
            case LIKE -> text;
            case CONTAINS -> "*" + escaped + "*";
            case STARTS_WITH -> escaped + "*";
            case ENDS_WITH -> "*" + escaped;
        };
    }

    /** GLOB has no escape character: a wildcard is matched literally inside brackets. */
    static String escapeGlob(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                out.append('[').append(c).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public ToastyException translate(SQLException e, Model model, String message) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("FOREIGN KEY constraint failed")) {
            return Violations.foreignKey(model, null, e);
        }
        int at = text.indexOf("UNIQUE constraint failed: ");
        if (model == null || at < 0) {
            return null;
        }
        String list = text.substring(at + "UNIQUE constraint failed: ".length());
        int end = list.indexOf(')');
        if (end >= 0) {
            list = list.substring(0, end);
        }
        List<String> columns = Arrays.stream(list.split(","))
                .map(String::trim)
                .map(c -> c.substring(c.indexOf('.') + 1))
                .toList();
        return Violations.unique(model, columns, String.valueOf(e.getErrorCode()), e);
    }
}
