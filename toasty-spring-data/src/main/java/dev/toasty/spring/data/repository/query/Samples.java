package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Stand-in arguments for a derived query, one per parameter, so that the query can be planned at startup
 * without a call: the engine's plan depends on the shape of the filter, not its values. A value of each field
 * type (the first constant of an enum, a converted type made from a stored one); where none can be made,
 * {@link #args} is null and the method is checked when it first runs instead.
 */
final class Samples {

    private final Object[] args;
    private boolean complete = true;

    Samples(int parameters) {
        this.args = new Object[parameters];
    }

    /** Records a stand-in for parameter {@code index}, which holds values of {@code field} ({@code many} for In/NotIn). */
    void put(int index, Field field, boolean many) {
        Object value = of(field);
        if (value == null) {
            complete = false;
            return;
        }
        args[index] = many ? List.of(value) : value;
    }

    /** The stand-in arguments, or null when a parameter has none. */
    Object[] args() {
        return complete ? args.clone() : null;
    }

    static Object of(Field field) {
        Class<?> type = field.javaType();
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? null : constants[0];
        }
        Object stored = switch (field.type()) {
            case STRING -> "";
            case BOOLEAN -> Boolean.FALSE;
            case BYTE -> (byte) 0;
            case SHORT -> (short) 0;
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            case DECIMAL -> BigDecimal.ZERO;
            case UUID -> new UUID(0, 0);
            case BYTES -> new byte[0];
            case INSTANT -> Instant.EPOCH;
            case LOCAL_DATE -> LocalDate.EPOCH;
            case LOCAL_DATE_TIME -> LocalDateTime.of(LocalDate.EPOCH, LocalTime.MIDNIGHT);
            case LOCAL_TIME -> LocalTime.MIDNIGHT;
            case JSON, ARRAY -> null;
        };
        if (stored == null || !field.column().storage().converts()) {
            return stored;
        }
        try {
            return field.column().storage().fromStored(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
