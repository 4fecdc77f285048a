package dev.toasty.internal.sql.dialect;

import dev.toasty.driver.Capability;
import dev.toasty.ValidationException;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How MySQL and MariaDB columns hold Java values. Instants are written and read as UTC wall-clock
 * {@code LocalDateTime}s, so neither the session nor the JVM time zone can shift them; UUIDs are 16 bytes; JSON
 * documents and lists are JSON text ({@link JsonCodecs}); floats are finite only.
 */
final class MysqlCodecs {

    /** The digits a {@code DECIMAL(65,30)} column keeps: 35 before the point and 30 after it. */
    static final int DECIMAL_PRECISION = 65;
    static final int DECIMAL_SCALE = 30;

    /** The backend's name in messages. */
    static final String BACKEND = "MySQL";

    private MysqlCodecs() {
    }

    static final ValueCodec BOOLEAN = Codecs.codec(Types.BOOLEAN,
            (s, i, v) -> s.setBoolean(i, (Boolean) v),
            (r, i) -> {
                boolean value = r.getBoolean(i);
                return r.wasNull() ? null : value;
            });

    /**
     * A float is sent as the double it widens to: sent as text ({@code 0.1}) it would be compared with the
     * stored single-precision value in double precision and never be equal.
     */
    private static final ValueCodec FLOAT_AS_DOUBLE = Codecs.codec(Types.DOUBLE,
            (s, i, v) -> s.setDouble(i, ((Number) v).floatValue()),
            (r, i) -> {
                float value = r.getFloat(i);
                return r.wasNull() ? null : value;
            });

    /** Floats and doubles: NaN and the infinities are refused, since MySQL's FLOAT and DOUBLE hold neither. */
    static final ValueCodec FLOAT = Codecs.floating(FLOAT_AS_DOUBLE, Capability.MYSQL, BACKEND, null);
    static final ValueCodec DOUBLE = Codecs.floating(Codecs.DOUBLE, Capability.MYSQL, BACKEND, null);

    /**
     * Times to the microsecond, which {@code time(6)} keeps; the nanoseconds beyond are cut here, since the server
     * would round 23:59:59.9999995 up to 24:00:00, a TIME but no {@code LocalTime}.
     */
    static final ValueCodec LOCAL_TIME = Codecs.codec(Types.TIME,
            (s, i, v) -> s.setObject(i, ((LocalTime) v).truncatedTo(ChronoUnit.MICROS)),
            (r, i) -> r.getObject(i, LocalTime.class));

    /** Exact decimals in {@code DECIMAL(65,30)}; read back without the column's trailing zeros, as SQLite gives them. */
    static final ValueCodec DECIMAL = decimal(DECIMAL_PRECISION, DECIMAL_SCALE);

    /** Exact decimals in a {@code DECIMAL(precision,scale)} column. */
    static ValueCodec decimal(int precision, int scale) {
        return Codecs.codec(Types.DECIMAL,
            (s, i, v) -> s.setBigDecimal(i, checkedDecimal((BigDecimal) v, precision, scale)),
            (r, i) -> {
                BigDecimal value = r.getBigDecimal(i);
                if (value == null) {
                    return null;
                }
                BigDecimal stripped = value.stripTrailingZeros();
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            });
    }

    static final ValueCodec UUID_BINARY = Codecs.codec(Types.BINARY,
            (s, i, v) -> {
                UUID uuid = (UUID) v;
                s.setBytes(i, ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                        .putLong(uuid.getLeastSignificantBits()).array());
            },
            (r, i) -> {
                byte[] bytes = r.getBytes(i);
                if (bytes == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                return new UUID(buffer.getLong(), buffer.getLong());
            });

    static final ValueCodec INSTANT_UTC = Codecs.codec(Types.TIMESTAMP,
            (s, i, v) -> s.setObject(i, LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC)),
            (r, i) -> {
                LocalDateTime value = r.getObject(i, LocalDateTime.class);
                return value == null ? null : value.toInstant(ZoneOffset.UTC);
            });

    static final ValueCodec LOCAL_DATE = Codecs.codec(Types.DATE,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, LocalDate.class));

    static final ValueCodec LOCAL_DATE_TIME = Codecs.codec(Types.TIMESTAMP,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, LocalDateTime.class));

    static ValueCodec of(FieldType type) {
        return switch (type) {
            case BOOLEAN -> BOOLEAN;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case DECIMAL -> DECIMAL;
            case LOCAL_TIME -> LOCAL_TIME;
            case JSON -> JsonCodecs.DOCUMENT_TEXT;
            case ARRAY -> throw new IllegalStateException("an array's codec depends on its column's element type");
            case UUID -> UUID_BINARY;
            case INSTANT -> INSTANT_UTC;
            case LOCAL_DATE -> LOCAL_DATE;
            case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
            default -> Codecs.common(type);
        };
    }

    /**
     * The codec of a column whose details decide it (a list's elements, a declared precision, a float named in its
     * refusal), or else the codec of its type.
     */
    static ValueCodec of(Column column) {
        Storage storage = column.storage();
        return switch (column.type()) {
            case ARRAY -> JsonCodecs.array(storage.element(), BACKEND, column.name());
            case FLOAT -> Codecs.floating(FLOAT_AS_DOUBLE, Capability.MYSQL, BACKEND, column.name());
            case DOUBLE -> Codecs.floating(Codecs.DOUBLE, Capability.MYSQL, BACKEND, column.name());
            case DECIMAL -> storage.precision() > 0 ? decimal(storage.precision(), storage.scale()) : DECIMAL;
            default -> of(column.type());
        };
    }

    /** {@link #checkedDecimal(BigDecimal, int, int)} for the default {@code DECIMAL(65,30)}. */
    static BigDecimal checkedDecimal(BigDecimal value) {
        return checkedDecimal(value, DECIMAL_PRECISION, DECIMAL_SCALE);
    }

    /**
     * MySQL would round away digits past the column's scale without an error; refuse such a value instead. A field
     * with a declared precision has been checked against it by its conversion already, with the field's name.
     */
    static BigDecimal checkedDecimal(BigDecimal value, int precision, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        int digitsAfter = Math.max(0, stripped.scale());
        int digitsBefore = Math.max(0, stripped.precision() - stripped.scale());
        if (digitsAfter > scale || digitsBefore > precision - scale) {
            throw new ValidationException("A BigDecimal with " + digitsBefore + " digits before the point and " + digitsAfter
                    + " after it does not fit MySQL's DECIMAL(" + precision + "," + scale + "), which keeps "
                    + (precision - scale) + " and " + scale + ": round it first (setScale)");
        }
        return value;
    }
}
