package dev.toasty.internal.mapping;

import dev.toasty.SchemaMismatchException;
import dev.toasty.ValidationException;
import dev.toasty.annotation.EnumCode;
import dev.toasty.annotation.EnumName;
import dev.toasty.schema.Conversion;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The conversions between the Java types Toasty maps and the stored types of {@code FieldType}. */
public final class Conversions {

    /** The engine's one mapper, shared with the codecs that write and read the JSON. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Conversions() {
    }

    /** An enum stored as its name, or the name its {@link EnumName} gives. */
    static Conversion enumByName(Class<?> type, String column) {
        Map<Object, Object> toStored = new HashMap<>();
        Map<Object, Object> fromStored = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = storedName(type, (Enum<?>) constant);
            toStored.put(constant, name);
            fromStored.put(name, constant);
        }
        return lookup(type, column, toStored, fromStored);
    }

    /** An enum stored as the {@link EnumCode} of each constant. */
    static Conversion enumByCode(Class<?> type, String column) {
        Map<Object, Object> toStored = new HashMap<>();
        Map<Object, Object> fromStored = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            int code = code(type, (Enum<?>) constant);
            toStored.put(constant, code);
            fromStored.put(code, constant);
        }
        return lookup(type, column, toStored, fromStored);
    }

    static String storedName(Class<?> type, Enum<?> constant) {
        EnumName name = field(type, constant).getAnnotation(EnumName.class);
        return name == null ? constant.name() : name.value();
    }

    /** The code of a constant, or null when it carries none. */
    static Integer codeOrNull(Class<?> type, Enum<?> constant) {
        EnumCode code = field(type, constant).getAnnotation(EnumCode.class);
        return code == null ? null : code.value();
    }

    private static int code(Class<?> type, Enum<?> constant) {
        return codeOrNull(type, constant);
    }

    private static java.lang.reflect.Field field(Class<?> type, Enum<?> constant) {
        try {
            return type.getField(constant.name());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Conversion lookup(Class<?> type, String column, Map<Object, Object> toStored, Map<Object, Object> fromStored) {
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                Object stored = toStored.get(value);
                if (stored == null) {
                    throw new ValidationException(column + " takes constants of " + type.getName() + ", not " + value.getClass().getName());
                }
                return stored;
            }

            @Override
            public Object fromStored(Object stored) {
                Object constant = fromStored.get(stored);
                if (constant == null) {
                    throw new SchemaMismatchException("Column " + column + " holds '" + stored + "', which is no constant of "
                            + type.getName() + " (it knows " + fromStored.keySet().stream().map(String::valueOf).sorted().toList()
                            + "): add the constant, or update the rows that hold the old value");
                }
                return constant;
            }
        };
    }

    /** A {@code char} as its UTF-16 code unit, so that every value (a NUL, a lone surrogate) is kept and sorts as in Java. */
    static final Conversion CHAR = new Conversion() {
        @Override
        public Object toStored(Object value) {
            return (int) (Character) value;
        }

        @Override
        public Object fromStored(Object stored) {
            return (char) ((Number) stored).intValue();
        }
    };

    /** A {@code Duration} as nanoseconds: exact, and ordered as durations are. */
    static Conversion duration(String field) {
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                try {
                    return ((Duration) value).toNanos();
                } catch (ArithmeticException e) {
                    throw new ValidationException(field + " cannot store " + value + ": durations are stored as nanoseconds, "
                            + "which reach about 292 years either way");
                }
            }

            @Override
            public Object fromStored(Object stored) {
                return Duration.ofNanos(((Number) stored).longValue());
            }
        };
    }

    /** The instant of a date-time with a zone; the zone is stored in a field of its own. */
    static final Conversion INSTANT_OF = new Conversion() {
        @Override
        public Object toStored(Object value) {
            return instantOf(value);
        }

        @Override
        public Object fromStored(Object stored) {
            return stored;
        }
    };

    static Instant instantOf(Object value) {
        return switch (value) {
            case Instant i -> i;
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalArgumentException("not a date-time: " + value);
        };
    }

    /** Any Java type as a JSON tree, written and read by Jackson; a {@code JsonNode} field keeps its tree as it is. */
    static Conversion json(java.lang.reflect.Type type, String field) {
        JavaType javaType = JSON.getTypeFactory().constructType(type);
        boolean tree = JsonNode.class.isAssignableFrom(javaType.getRawClass());
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                if (value instanceof JsonNode node) {
                    return node;
                }
                try {
                    return JSON.valueToTree(value);
                } catch (RuntimeException e) {
                    throw new ValidationException(field + " could not be written as JSON: " + e.getMessage());
                }
            }

            @Override
            public Object fromStored(Object stored) {
                if (tree) {
                    return stored;
                }
                try {
                    return JSON.treeToValue((JsonNode) stored, javaType);
                } catch (RuntimeException e) {
                    throw new SchemaMismatchException(field + " holds JSON that does not read as " + javaType + ": " + e.getMessage());
                }
            }
        };
    }

    /** A list or set as a list of stored elements; a set reads back in stored order. */
    static Conversion array(Conversion element, boolean set, String field) {
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                Collection<?> elements = (Collection<?>) value;
                List<Object> out = new ArrayList<>(elements.size());
                for (Object e : elements) {
                    if (e == null) {
                        throw new ValidationException(field + " holds a null element: arrays are stored without nulls");
                    }
                    out.add(element == null ? e : element.toStored(e));
                }
                return out;
            }

            @Override
            public Object fromStored(Object stored) {
                List<?> elements = (List<?>) stored;
                List<Object> out = new ArrayList<>(elements.size());
                for (Object e : elements) {
                    out.add(element == null ? e : element.fromStored(e));
                }
                return set ? new LinkedHashSet<>(out) : Collections.unmodifiableList(out);
            }
        };
    }

    /** A decimal with a declared precision and scale: refused when it does not fit, read back at the declared scale. */
    static Conversion decimal(int precision, int scale, String field) {
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                BigDecimal d = (BigDecimal) value;
                BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
                int fraction = Math.max(0, stripped.scale());
                int integer = Math.max(0, stripped.precision() - stripped.scale());
                if (fraction > scale || integer > precision - scale) {
                    throw new ValidationException(field + " is declared @Decimal(precision = " + precision + ", scale = " + scale
                            + "): " + d.toPlainString() + " has " + integer + " digits before the point and " + fraction
                            + " after it, where the column keeps " + (precision - scale) + " and " + scale
                            + "; Toasty does not round, so round it first (setScale) or widen the column");
                }
                return stripped.setScale(scale, RoundingMode.UNNECESSARY);
            }

            @Override
            public Object fromStored(Object stored) {
                return ((BigDecimal) stored).setScale(scale, RoundingMode.UNNECESSARY);
            }
        };
    }

    /** A user converter, then the conversion of its stored type (if any). */
    @SuppressWarnings("unchecked")
    static Conversion converter(dev.toasty.Converter<?, ?> converter, Conversion stored) {
        dev.toasty.Converter<Object, Object> c = (dev.toasty.Converter<Object, Object>) converter;
        return new Conversion() {
            @Override
            public Object toStored(Object value) {
                Object s = c.toStored(value);
                return s == null || stored == null ? s : stored.toStored(s);
            }

            @Override
            public Object fromStored(Object value) {
                return c.fromStored(stored == null ? value : stored.fromStored(value));
            }
        };
    }
}
