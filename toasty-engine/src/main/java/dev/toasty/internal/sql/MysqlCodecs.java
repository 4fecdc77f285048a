package dev.toasty.internal.sql;

import dev.toasty.ValidationException;
import dev.toasty.internal.jdbc.Codecs;
import dev.toasty.internal.jdbc.ValueCodec;
import dev.toasty.schema.FieldType;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How MySQL and MariaDB columns hold Java values. Instants are written and read as UTC wall-clock
 * {@code LocalDateTime}s, so neither the session nor the JVM time zone can shift them; UUIDs are 16 bytes.
 */
final class MysqlCodecs {

    /** The digits a {@code DECIMAL(65,30)} column keeps: 35 before the point and 30 after it. */
    static final int DECIMAL_PRECISION = 65;
    static final int DECIMAL_SCALE = 30;

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
    static final ValueCodec FLOAT = Codecs.codec(Types.DOUBLE,
            (s, i, v) -> s.setDouble(i, ((Number) v).floatValue()),
            (r, i) -> {
                float value = r.getFloat(i);
                return r.wasNull() ? null : value;
            });

    /** Exact decimals; read back without the column's trailing zeros, as SQLite gives them. */
    static final ValueCodec DECIMAL = Codecs.codec(Types.DECIMAL,
            (s, i, v) -> s.setBigDecimal(i, checkedDecimal((BigDecimal) v)),
            (r, i) -> {
                BigDecimal value = r.getBigDecimal(i);
                if (value == null) {
                    return null;
                }
                BigDecimal stripped = value.stripTrailingZeros();
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            });

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
            case DECIMAL -> DECIMAL;
            case UUID -> UUID_BINARY;
            case INSTANT -> INSTANT_UTC;
            case LOCAL_DATE -> LOCAL_DATE;
            case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
            default -> Codecs.common(type);
        };
    }

    /** MySQL would round away digits past the column's scale without an error; refuse such a value instead. */
    static BigDecimal checkedDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        int integerDigits = Math.max(0, stripped.precision() - stripped.scale());
        if (scale > DECIMAL_SCALE || integerDigits > DECIMAL_PRECISION - DECIMAL_SCALE) {
            throw new ValidationException("A BigDecimal with " + integerDigits + " digits before the point and " + scale
                    + " after it does not fit MySQL's DECIMAL(" + DECIMAL_PRECISION + "," + DECIMAL_SCALE + "), which keeps "
                    + (DECIMAL_PRECISION - DECIMAL_SCALE) + " and " + DECIMAL_SCALE + ": round it first (setScale)");
        }
        return value;
    }
}
