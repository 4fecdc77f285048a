package dev.toasty.internal.sql.dialect;

import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;
import dev.toasty.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table of hand-built columns of the new stored types on a real connection: created with the dialect's DDL,
 * written and read through its codecs, and filtered with its array and JSON SQL. Not thread-safe.
 */
final class TypesTable {

    static final String NAME = "toasty_types";

    static Column column(int index, String name, FieldType type, Storage storage) {
        return new Column(NAME, name, type, index != 0, false, index, storage);
    }

    static Storage list(FieldType element) {
        return new Storage(null, 0, 0, false, element, null, List.of());
    }

    static final Column ID = column(0, "id", FieldType.LONG, Storage.PLAIN);
    static final Column TAGS = column(1, "tags", FieldType.ARRAY, list(FieldType.STRING));
    static final Column NUMS = column(2, "nums", FieldType.ARRAY, list(FieldType.LONG));
    static final Column DATES = column(3, "dates", FieldType.ARRAY, list(FieldType.LOCAL_DATE));
    static final Column DECS = column(4, "decs", FieldType.ARRAY, list(FieldType.DECIMAL));
    static final Column UUIDS = column(5, "uuids", FieldType.ARRAY, list(FieldType.UUID));
    static final Column DOUBLES = column(6, "doubles", FieldType.ARRAY, list(FieldType.DOUBLE));
    static final Column META = column(7, "meta", FieldType.JSON, Storage.PLAIN);
    static final Column AT = column(8, "at", FieldType.LOCAL_TIME, Storage.PLAIN);
    static final Column STATUS = column(9, "status", FieldType.STRING,
            new Storage(null, 0, 0, false, null, "toasty_types_status", List.of("NEW", "it's")));
    static final Column PRICE = column(10, "price", FieldType.DECIMAL, new Storage(null, 12, 2, false, null, null, List.of()));
    static final Column SCORE = column(11, "score", FieldType.DOUBLE, Storage.PLAIN);
    static final Column FLAGS = column(12, "flags", FieldType.ARRAY, list(FieldType.BOOLEAN));
    static final Column INTS = column(13, "ints", FieldType.ARRAY, list(FieldType.INT));

    static final List<Column> COLUMNS = List.of(ID, TAGS, NUMS, DATES, DECS, UUIDS, DOUBLES, META, AT, STATUS, PRICE, SCORE,
            FLAGS, INTS);

    final Connection connection;
    final SqlDialect dialect;
    final Table table = new Table(NAME, COLUMNS, List.of(ID), List.of());

    TypesTable(Connection connection, SqlDialect dialect) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        try (Statement s = connection.createStatement()) {
            s.execute(dialect.dropTable(NAME));
            for (String ddl : SchemaSql.create(dialect, table)) {
                s.execute(ddl);
            }
        }
    }

    /** Inserts a row: the id, then the values of the other columns in order (null for the ones left out). */
    void insert(long id, Object... values) throws SQLException {
        String columns = String.join(", ", COLUMNS.stream().map(c -> dialect.quote(c.name())).toList());
        String marks = String.join(", ", COLUMNS.stream().map(c -> "?").toList());
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + dialect.quote(NAME) + " (" + columns + ") VALUES (" + marks + ")")) {
            dialect.codec(ID).bind(p, 1, id);
            for (int i = 1; i < COLUMNS.size(); i++) {
                dialect.codec(COLUMNS.get(i)).bind(p, i + 1, i - 1 < values.length ? values[i - 1] : null);
            }
            p.executeUpdate();
        }
    }

    /** The value of {@code column} in the row {@code id}, read through its codec. */
    Object read(long id, Column column) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + dialect.quote(column.name()) + " FROM " + dialect.quote(NAME)
                + " WHERE " + dialect.quote("id") + " = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return dialect.codec(column).read(r, 1);
            }
        }
    }

    /** The ids of the rows where {@code condition} holds; it writes one {@code ?}, bound to {@code arg} through {@code codec}. */
    List<Long> ids(Consumer<StringBuilder> condition, ValueCodec codec, Object arg) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + dialect.quote("id") + " FROM " + dialect.quote(NAME) + " WHERE ");
        condition.accept(sql);
        sql.append(" ORDER BY ").append(dialect.quote("id"));
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            if (codec != null) {
                codec.bind(p, 1, arg);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        }
    }

    /** The rows whose array column holds all of ({@code CONTAINS_ALL}) or some of ({@code OVERLAPS}) {@code values}. */
    List<Long> arrayOp(Column column, dev.toasty.internal.stmt.ExprArrayOp.Op op, List<?> values) throws SQLException {
        return ids(sql -> dialect.arrayOp(sql, op, () -> sql.append(qualified(column)), () -> sql.append('?')), dialect.codec(column), values);
    }

    /** The rows where the JSON value under {@code keys}, read as {@code kind}, compares with {@code arg} by {@code op}. */
    List<Long> json(List<String> keys, dev.toasty.internal.stmt.ExprJsonValue.Kind kind, String op, Object arg) throws SQLException {
        FieldType type = switch (kind) {
            case TEXT -> FieldType.STRING;
            case NUMBER -> FieldType.DOUBLE;
            case BOOLEAN -> FieldType.BOOLEAN;
        };
        return ids(sql -> {
            dialect.jsonValue(sql, META, () -> sql.append(qualified(META)), keys, kind);
            sql.append(' ').append(op).append(arg == null ? "" : " ?");
        }, arg == null ? null : dialect.codec(type), arg);
    }

    String qualified(Column column) {
        return dialect.quote(NAME) + "." + dialect.quote(column.name());
    }
}
