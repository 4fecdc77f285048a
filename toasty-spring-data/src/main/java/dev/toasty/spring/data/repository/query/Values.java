package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Checks at startup that a method parameter can carry values of a field, and gives the conversion to
 * apply per call: none when the types agree, a widening or narrowing for integers of another size
 * ({@code int} for a {@code Long} field). Anything else is refused naming the parameter and the field.
 */
final class Values {

    private Values() {
    }

    static UnaryOperator<Object> identity() {
        return v -> v;
    }

    /** The conversion of a parameter that holds one value of {@code field}. */
    static UnaryOperator<Object> single(MethodContext method, Arguments.Argument argument, Field field) {
        UnaryOperator<Object> convert = conversion(ClassUtils.resolvePrimitiveIfNecessary(argument.type()), field);
        if (convert == null) {
            throw method.refuse(mismatch(argument, argument.type().getSimpleName(), field));
        }
        return convert;
    }

    /** The conversion of each element of a collection or array parameter ({@code In}, {@code NotIn}). */
    static UnaryOperator<Object> elements(MethodContext method, Arguments.Argument argument, Field field) {
        Class<?> type = argument.type();
        Class<?> element;
        if (type.isArray()) {
            element = type.getComponentType();
        } else if (Collection.class.isAssignableFrom(type)) {
            element = ResolvableType.forMethodParameter(argument.method(), argument.index()).asCollection().resolveGeneric(0);
        } else {
            throw method.refuse("parameter '" + argument.name() + "' takes the values of In/NotIn on '" + field.name()
                    + "': it must be a Collection or an array, not " + type.getSimpleName());
        }
        if (element == null || element == Object.class) {
            return coerce(field.type());
        }
        UnaryOperator<Object> convert = conversion(ClassUtils.resolvePrimitiveIfNecessary(element), field);
        if (convert == null) {
            throw method.refuse(mismatch(argument, type.getSimpleName() + " of " + element.getSimpleName(), field));
        }
        return convert;
    }

    private static UnaryOperator<Object> conversion(Class<?> type, Field field) {
        if (ClassUtils.resolvePrimitiveIfNecessary(field.javaType()).isAssignableFrom(type)) {
            return identity();
        }
        FieldType given = FieldType.forClass(type);
        if (given != null && given.isIntegral() && field.type().isIntegral() && !field.column().storage().converts()) {
            return coerce(field.type());
        }
        return null;
    }

    private static UnaryOperator<Object> coerce(FieldType type) {
        if (!type.isIntegral()) {
            return identity();
        }
        return v -> !(v instanceof Number n) ? v : switch (type) {
            case BYTE -> n.byteValue();
            case SHORT -> n.shortValue();
            case INT -> n.intValue();
            default -> n.longValue();
        };
    }

    private static String mismatch(Arguments.Argument argument, String given, Field field) {
        return "parameter '" + argument.name() + "' is " + given + ", but field '" + field.name() + "' holds "
                + ClassUtils.resolvePrimitiveIfNecessary(field.javaType()).getSimpleName();
    }
}
