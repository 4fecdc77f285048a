package dev.toasty.internal.sql.dialect;

import dev.toasty.driver.Capability;
import dev.toasty.driver.Feature;

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
            (s, i, v) -> s.setShort(i, ((Number) v).shortValue()), (r, i) -> nullable(r, (byte) r.getShort(i)),
            (r, i) -> (byte) r.getShort(i));

    public static final ValueCodec SHORT = codec(Types.SMALLINT,
            (s, i, v) -> s.setShort(i, ((Number) v).shortValue()), (r, i) -> nullable(r, r.getShort(i)),
            (r, i) -> r.getShort(i));

    public static final ValueCodec INT = codec(Types.INTEGER,
            (s, i, v) -> s.setInt(i, ((Number) v).intValue()), (r, i) -> nullable(r, r.getInt(i)),
            (r, i) -> r.getInt(i));

    public static final ValueCodec LONG = codec(Types.BIGINT,
            (s, i, v) -> s.setLong(i, ((Number) v).longValue()), (r, i) -> nullable(r, r.getLong(i)),
            (r, i) -> r.getLong(i));

    public static final ValueCodec FLOAT = codec(Types.REAL,
            (s, i, v) -> s.setFloat(i, ((Number) v).floatValue()), (r, i) -> nullable(r, r.getFloat(i)),
            (r, i) -> r.getFloat(i));

    public static final ValueCodec DOUBLE = codec(Types.DOUBLE,
            (s, i, v) -> s.setDouble(i, ((Number) v).doubleValue()), (r, i) -> nullable(r, r.getDouble(i)),
            (r, i) -> r.getDouble(i));

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

    /** {@code codec} after {@code storage}'s conversion: Java values in, Java values out. */
    public static ValueCodec converted(ValueCodec codec, dev.toasty.schema.Storage storage) {
        if (!storage.converts()) {
            return codec;
        }
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                codec.bind(statement, index, storage.toStored(value));
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
                return storage.fromStored(codec.read(rows, index));
            }
        };
    }

    /**
     * {@code codec} for a float or double column: as is where the backend stores NaN and the infinities
     * ({@code NAN_VALUES}), else {@link #finite}. {@code backend} is the name for messages ({@code SQLite}).
     */
    static ValueCodec floating(ValueCodec codec, Capability capability, String backend, String column) {
        return capability.has(Feature.NAN_VALUES) ? codec : finite(codec, backend, column);
    }

    /**
     * {@code codec} for a float or double column of a backend that stores no NaN or infinities (SQLite would store
     * NaN as NULL, MySQL refuses both): such a value is refused before anything is sent. {@code column} names the
     * column in the message, or is null for a value that is no column's.
     */
    public static ValueCodec finite(ValueCodec codec, String backend, String column) {
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                if (value != null) {
                    finite(((Number) value).doubleValue(), backend, column);
                }
                codec.bind(statement, index, value);
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
                return codec.read(rows, index);
            }
        };
    }

    /** {@code value} when it is finite; NaN and the infinities are refused with a {@code ValidationException}. */
    public static double finite(double value, String backend, String column) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new dev.toasty.ValidationException(value + (column == null ? "" : " in column '" + column + "'")
                + " cannot be stored or compared on " + backend + ", which holds finite numbers only"
                + (backend.equals("SQLite") ? " (it would keep NaN as NULL)" : "")
                + ": use a finite number, or null for no value (PostgreSQL stores NaN and the infinities)");
    }

    /** {@code codec} of a list, after {@code storage}'s conversion of each element: lists of Java values in. */
    public static ValueCodec convertedList(ValueCodec codec, dev.toasty.schema.Storage storage) {
        if (!storage.converts()) {
            return codec;
        }
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                codec.bind(statement, index, value == null ? null
                        : ((java.util.List<?>) value).stream().map(storage::toStored).toList());
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
                return codec.read(rows, index);
            }
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

    /** Like {@link #codec(int, Binder, Reader)}, with {@code requiredReader} for NOT NULL columns (no {@code wasNull()}). */
    public static ValueCodec codec(int sqlType, Binder binder, Reader reader, Reader requiredReader) {
        ValueCodec required = codec(sqlType, binder, requiredReader);
        return new ValueCodec() {
            @Override
            public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
                required.bind(statement, index, value);
            }

            @Override
            public Object read(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
                return reader.read(rows, index);
            }

            @Override
            public ValueCodec required() {
                return required;
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
