package dev.toasty.spring.data.repository.query;

import dev.toasty.schema.Field;
import dev.toasty.schema.FieldType;
import dev.toasty.spring.data.repository.query.Criterion.Operator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.Part.IgnoreCaseType;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Turns one {@link Condition} of a method name into a {@link Criterion} at startup, checking that Toasty has
 * the keyword, that it applies to the field's type and that the method's arguments fit. Each failure names the
 * keyword or field. Whether this backend can run it is the engine's to say: {@link DerivedQuery} asks it.
 */
final class Criteria {

    private static final Map<Part.Type, Operator> OPERATORS = Map.ofEntries(
            entry(Part.Type.SIMPLE_PROPERTY, Operator.EQ), entry(Part.Type.NEGATING_SIMPLE_PROPERTY, Operator.NE),
            entry(Part.Type.LESS_THAN, Operator.LT), entry(Part.Type.LESS_THAN_EQUAL, Operator.LE),
            entry(Part.Type.GREATER_THAN, Operator.GT), entry(Part.Type.GREATER_THAN_EQUAL, Operator.GE),
            entry(Part.Type.BEFORE, Operator.LT), entry(Part.Type.AFTER, Operator.GT),
            entry(Part.Type.BETWEEN, Operator.BETWEEN), entry(Part.Type.IN, Operator.IN),
            entry(Part.Type.NOT_IN, Operator.NOT_IN), entry(Part.Type.IS_NULL, Operator.IS_NULL),
            entry(Part.Type.IS_NOT_NULL, Operator.IS_NOT_NULL), entry(Part.Type.LIKE, Operator.LIKE),
            entry(Part.Type.NOT_LIKE, Operator.NOT_LIKE), entry(Part.Type.STARTING_WITH, Operator.STARTS_WITH),
            entry(Part.Type.ENDING_WITH, Operator.ENDS_WITH), entry(Part.Type.CONTAINING, Operator.CONTAINS),
            entry(Part.Type.NOT_CONTAINING, Operator.NOT_CONTAINS), entry(Part.Type.TRUE, Operator.TRUE),
            entry(Part.Type.FALSE, Operator.FALSE));

    private static final Set<Operator> RANGES = EnumSet.of(Operator.LT, Operator.LE, Operator.GT, Operator.GE, Operator.BETWEEN);
    private static final Set<Operator> TEXT = EnumSet.of(Operator.LIKE, Operator.NOT_LIKE, Operator.STARTS_WITH,
            Operator.ENDS_WITH, Operator.CONTAINS, Operator.NOT_CONTAINS);
    private static final Set<Operator> CASELESS = EnumSet.of(Operator.EQ, Operator.NE, Operator.STARTS_WITH,
            Operator.ENDS_WITH, Operator.CONTAINS, Operator.NOT_CONTAINS);

    private Criteria() {
    }

    /** The criterion of {@code condition}, taking its arguments from {@code arguments} and their stand-ins into {@code samples}. */
    static Criterion create(MethodContext method, Condition condition, Arguments arguments, Samples samples) {
        PropertyChain property = condition.property();
        if (property.isRelation()) {
            return RelationCriteria.create(method, condition);
        }
        Field field = property.field();
        String name = property.dotPath();
        Operator operator = OPERATORS.get(condition.type());
        if (operator == null) {
            throw method.refuse("the keyword " + condition.keyword() + " (on '" + name
                    + "') has no Toasty equivalent; Toasty supports " + supported());
        }
        checkType(method, operator, field, name, condition.type());
        boolean ignoreCase = ignoreCase(method, operator, field, name, condition);
        int[] indexes = new int[condition.arguments()];
        var convert = Values.identity();
        for (int i = 0; i < indexes.length; i++) {
            Arguments.Argument argument = arguments.next(condition);
            indexes[i] = argument.index();
            boolean many = operator == Operator.IN || operator == Operator.NOT_IN;
            convert = many ? Values.elements(method, argument, field) : Values.single(method, argument, field);
            samples.put(argument.index(), field, many);
        }
        return new Criterion(operator, property.fieldPath(method.schema()), property.via(method.schema()), ignoreCase,
                indexes, convert);
    }

    private static void checkType(MethodContext method, Operator operator, Field field, String name, Part.Type type) {
        if (RANGES.contains(operator) && !FieldPaths.isComparable(field.type())) {
            throw method.refuse(keyword(type) + " on '" + name + "' needs ordered values, and "
                    + field.type() + " has no order");
        }
        if (TEXT.contains(operator) && (field.type() != FieldType.STRING || field.column().storage().converts())) {
            throw method.refuse(keyword(type) + " applies to text fields; '" + name + "' is " + field.type());
        }
        if ((operator == Operator.TRUE || operator == Operator.FALSE) && field.type() != FieldType.BOOLEAN) {
            throw method.refuse(keyword(type) + " applies to boolean fields; '" + name + "' is " + field.type());
        }
    }

    private static boolean ignoreCase(MethodContext method, Operator operator, Field field, String name, Condition condition) {
        IgnoreCaseType type = condition.ignoreCase();
        if (type == IgnoreCaseType.NEVER || condition.arguments() == 0) {
            return false;
        }
        if (field.type() != FieldType.STRING) {
            if (type == IgnoreCaseType.ALWAYS) {
                throw method.refuse("IgnoreCase applies to text fields; '" + name + "' is " + field.type());
            }
            return false;
        }
        if (!CASELESS.contains(operator)) {
            throw method.refuse("IgnoreCase does not combine with " + condition.keyword() + " (on '" + name
                    + "'); it does with Is/Equals, Not, StartingWith, EndingWith, Containing and NotContaining");
        }
        return true;
    }

    /** The keyword as written in method names ({@code LessThan}, {@code Regex}). */
    static String keyword(Part.Type type) {
        return switch (type) {
            case SIMPLE_PROPERTY -> "Is/Equals";
            case NEGATING_SIMPLE_PROPERTY -> "Not";
            case LESS_THAN -> "LessThan";
            case LESS_THAN_EQUAL -> "LessThanEqual";
            case GREATER_THAN -> "GreaterThan";
            case GREATER_THAN_EQUAL -> "GreaterThanEqual";
            case BEFORE -> "Before";
            case AFTER -> "After";
            case BETWEEN -> "Between";
            case IN -> "In";
            case NOT_IN -> "NotIn";
            case IS_NULL -> "IsNull";
            case IS_NOT_NULL -> "IsNotNull";
            case LIKE -> "Like";
            case NOT_LIKE -> "NotLike";
            case STARTING_WITH -> "StartingWith";
            case ENDING_WITH -> "EndingWith";
            case CONTAINING -> "Containing";
            case NOT_CONTAINING -> "NotContaining";
            case TRUE -> "True";
            case FALSE -> "False";
            case IS_EMPTY -> "IsEmpty";
            case IS_NOT_EMPTY -> "IsNotEmpty";
            case NEAR -> "Near";
            case WITHIN -> "Within";
            case REGEX -> "Regex";
            case EXISTS -> "Exists";
        };
    }

    private static String supported() {
        return "Is/Equals, Not, LessThan(Equal), GreaterThan(Equal), Before, After, Between, In, NotIn, IsNull, IsNotNull, "
                + "Like, NotLike, StartingWith, EndingWith, Containing, NotContaining, True, False, IgnoreCase";
    }
}
