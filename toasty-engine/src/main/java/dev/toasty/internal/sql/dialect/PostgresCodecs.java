package dev.toasty.internal.sql.dialect;

import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The PostgreSQL codecs that depend on more than a column's type: native arrays by element type, native enums,
 * and JSON, besides {@code time}. Stateless; the codecs are thread-safe.
 */
final class PostgresCodecs {

    private PostgresCodecs() {
    }

    static final ValueCodec LOCAL_TIME = Codecs.codec(Types.TIME,
            (s, i, v) -> s.setObject(i, v), (r, i) -> r.getObject(i, LocalTime.class));

    /** JSON text sent untyped, so that the server reads it as the column's {@code json} or {@code jsonb}. */
    static final ValueCodec JSON = JsonCodecs.document(Types.OTHER, (s, i, text) -> s.setObject(i, text, Types.OTHER));

    /** A native enum's label, sent untyped so that the server reads it as the column's enum type. */
    static final ValueCodec ENUM = Codecs.codec(Types.OTHER,
            (s, i, v) -> s.setObject(i, v, Types.OTHER), (r, i) -> r.getString(i));

    /** The DDL type of an array's elements. */
    static String elementDdl(FieldType element, int precision, int scale) {
        JsonCodecs.checkElement(element);
        return switch (element) {
            case STRING -> "text";
            case INT -> "integer";
            case LONG -> "bigint";
            case DOUBLE -> "double precision";
            case BOOLEAN -> "boolean";
            case UUID -> "uuid";
            case DECIMAL -> precision > 0 ? "numeric(" + precision + "," + scale + ")" : "numeric";
            default -> "date";
        };
    }

    /** The type name {@code createArrayOf} takes for an array's elements. */
    static String elementName(FieldType element) {
        return switch (element) {
            case STRING -> "text";
            case INT -> "int4";
            case LONG -> "int8";
            case DOUBLE -> "float8";
            case BOOLEAN -> "bool";
            case UUID -> "uuid";
            case DECIMAL -> "numeric";
            case LOCAL_DATE -> "date";
            default -> throw new IllegalStateException("no array of " + element);
        };
    }

    /** A {@code List} of stored element values as a native array of {@code elementName}. */
    static ValueCodec array(FieldType element, String elementName) {
        JsonCodecs.checkElement(element);
        return new ValueCodec() {
            @Override
            public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
                if (value == null) {
                    statement.setNull(index, Types.ARRAY);
                    return;
                }
                Object[] elements = ((List<?>) value).toArray();
                if (element == FieldType.LOCAL_DATE) {
                    elements = Arrays.stream(elements).map(d -> dateText((LocalDate) d)).toArray();
                }
                statement.setArray(index, statement.getConnection().createArrayOf(elementName, elements));
            }

            @Override
            public Object read(ResultSet rows, int index) throws SQLException {
                Array array = rows.getArray(index);
                return array == null ? null : elements(array, element);
            }
        };
    }

    private static List<Object> elements(Array array, FieldType element) throws SQLException {
        try {
            if (element != FieldType.LOCAL_DATE) {
                return Collections.unmodifiableList(Arrays.asList((Object[]) array.getArray()));
            }
            // the driver's getArray() makes java.sql.Date values in the JVM's time zone; its row reader keeps the date
            List<Object> out = new ArrayList<>();
            try (ResultSet rows = array.getResultSet()) {
                while (rows.next()) {
                    out.add(rows.getObject(2, LocalDate.class));
                }
            }
            return Collections.unmodifiableList(out);
        } finally {
            array.free();
        }
    }

    /**
     * A date as PostgreSQL reads it in an array, as the driver writes a single {@code LocalDate}: years before 1 as
     * {@code BC}, and {@code LocalDate.MIN} / {@code MAX} as the infinities.
     */
    static String dateText(LocalDate date) {
        if (date.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (date.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        int year = date.getYear();
        String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year > 0 ? year : 1 - year, date.getMonthValue(), date.getDayOfMonth());
        return year > 0 ? text : text + " BC";
    }

    /** The codec of a column whose storage decides it, or else {@code plain}'s codec of its type. */
    static ValueCodec of(Column column, Function<FieldType, ValueCodec> plain) {
        if (column.storage().enumType() != null) {
            return ENUM;
        }
        if (column.type() == FieldType.ARRAY) {
            return array(column.storage().element(), elementName(column.storage().element()));
        }
        return plain.apply(column.type());
    }
}
