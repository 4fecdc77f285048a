package dev.toasty.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.UUID;

/** The codecs every JDBC dialect shares; dialect-specific ones live beside each dialect. */
public final class Codecs {

    private Codecs() {
    }

    public static final ValueCodec STRING = codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, (String) v), (r, i) -> r.getString(i));

    public static final ValueCodec BYTE = codec(Types.SMALLINT,
            (s, i, v) -> s.setShort(i, ((Number) v).shortValue()), (r, i) -> nullable(r, (byte) r.getShort(i)));

    public static final ValueCodec SHORT = codec(Types.SMALLINT,
            (s, i, v) -> s.setShort(i, ((Number) v).shortValue()), (r, i) -> nullable(r, r.getShort(i)));

    public static final ValueCodec INT = codec(Types.INTEGER,
            (s, i, v) -> s.setInt(i, ((Number) v).intValue()), (r, i) -> nullable(r, r.getInt(i)));

    public static final ValueCodec LONG = codec(Types.BIGINT,
            (s, i, v) -> s.setLong(i, ((Number) v).longValue()), (r, i) -> nullable(r, r.getLong(i)));

    public static final ValueCodec FLOAT = codec(Types.REAL,
            (s, i, v) -> s.setFloat(i, ((Number) v).floatValue()), (r, i) -> nullable(r, r.getFloat(i)));

    public static final ValueCodec DOUBLE = codec(Types.DOUBLE,
            (s, i, v) -> s.setDouble(i, ((Number) v).doubleValue()), (r, i) -> nullable(r, r.getDouble(i)));

    public static final ValueCodec BYTES = codec(Types.VARBINARY,
            (s, i, v) -> s.setBytes(i, (byte[]) v), (r, i) -> r.getBytes(i));

    /**
     * Decimals as exact text without trailing zeros, for backends without an exact numeric type: equal
     * numbers get equal text, so {@code eq} and {@code in} compare by value (the scale is not kept).
     */
    public static final ValueCodec DECIMAL_TEXT = codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, ((BigDecimal) v).stripTrailingZeros().toPlainString()),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : new BigDecimal(text);
            });

    /** UUIDs as their 36-character lower-case text, which sorts like the 128-bit value. */
    public static final ValueCodec UUID_TEXT = codec(Types.VARCHAR,
            (s, i, v) -> s.setString(i, v.toString()),
            (r, i) -> {
                String text = r.getString(i);
                return text == null ? null : UUID.fromString(text);
            });

    /** The codec of a type that every JDBC dialect stores alike, or null for the dialect-specific ones. */
    public static ValueCodec common(dev.toasty.schema.FieldType type) {
        return switch (type) {
            case STRING -> STRING;
            case BYTE -> BYTE;
            case SHORT -> SHORT;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BYTES -> BYTES;
            default -> null;
        };
    }

    static Object nullable(java.sql.ResultSet rows, Object value) throws java.sql.SQLException {
        return rows.wasNull() ? null : value;
    }

    /** A codec from a binder of non-null values and a reader; binds SQL NULL as {@code sqlType}. */
    public static ValueCodec codec(int sqlType, Binder binder, Reader reader) {
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                if (value == null) {
                    statement.setNull(index, sqlType);
                } else {
                    binder.bind(statement, index, value);
                }
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
                return reader.read(rows, index);
            }
        };
    }

    /** Binds a non-null value. */
    @FunctionalInterface
    public interface Binder {
        void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException;
    }

    /** Reads a column. */
    @FunctionalInterface
    public interface Reader {
        Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException;
    }
}
