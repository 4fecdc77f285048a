package dev.toasty.spring.data.repository.query;

import dev.toasty.query.ComparablePath;
import dev.toasty.query.Filter;
import dev.toasty.query.Path;
import dev.toasty.query.RelationPath;
import dev.toasty.query.StringPath;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One checked condition of a derived query ({@code AgeGreaterThan}, {@code NameContainingIgnoreCase},
 * {@code AuthorNameStartingWith}): the operator, the field's path in its own model, the relations
 * leading to that model ({@code via}, null for a field of the repository's model) and which method
 * arguments it takes, all resolved at startup. Across relations, a record matches when any related
 * record does. Per call, {@link #bind} only reads the arguments and builds the filter. Immutable.
 */
record Criterion(Operator operator, Path<Object, Object> path, RelationPath<Object, Object> via, boolean ignoreCase,
                 int[] arguments, UnaryOperator<Object> convert) {

    /** The operators Toasty runs; each keyword maps to one. {@code RELATED} and {@code UNRELATED} test a relation itself. */
    enum Operator {
        EQ, NE, LT, LE, GT, GE, BETWEEN, IN, NOT_IN, IS_NULL, IS_NOT_NULL, LIKE, NOT_LIKE,
        STARTS_WITH, ENDS_WITH, CONTAINS, NOT_CONTAINS, TRUE, FALSE, RELATED, UNRELATED
    }

    Filter<Object> bind(Object[] args) {
        return switch (operator) {
            case RELATED -> via.any();
            case UNRELATED -> via.none();
            default -> via == null ? condition(args) : via.any(condition(args));
        };
    }

    /** The condition on the field in its own model. */
    private Filter<Object> condition(Object[] args) {
        return switch (operator) {
            case EQ -> ignoreCase ? string().eqIgnoreCase(text(args, 0)) : path.eq(arg(args, 0));
            case NE -> ignoreCase ? string().neIgnoreCase(text(args, 0)) : path.ne(arg(args, 0));
            case LT -> comparable().lt(ordered(args, 0));
            case LE -> comparable().le(ordered(args, 0));
            case GT -> comparable().gt(ordered(args, 0));
            case GE -> comparable().ge(ordered(args, 0));
            case BETWEEN -> comparable().between(ordered(args, 0), ordered(args, 1));
            case IN -> path.in(values(args));
            case NOT_IN -> path.notIn(values(args));
            case IS_NULL -> path.isNull();
            case IS_NOT_NULL -> path.isNotNull();
            case LIKE -> string().like(text(args, 0));
            case NOT_LIKE -> string().notLike(text(args, 0));
            case STARTS_WITH -> ignoreCase ? string().startsWithIgnoreCase(text(args, 0)) : string().startsWith(text(args, 0));
            case ENDS_WITH -> ignoreCase ? string().endsWithIgnoreCase(text(args, 0)) : string().endsWith(text(args, 0));
            case CONTAINS -> ignoreCase ? string().containsIgnoreCase(text(args, 0)) : string().contains(text(args, 0));
            case NOT_CONTAINS -> ignoreCase ? string().containsIgnoreCase(text(args, 0)).not() : string().notContains(text(args, 0));
            case TRUE -> path.eq(Boolean.TRUE);
            case FALSE -> path.eq(Boolean.FALSE);
            case RELATED, UNRELATED -> throw new IllegalStateException(operator + " tests a relation, not a field");
        };
    }

    private Object arg(Object[] args, int i) {
        Object value = args[arguments[i]];
        return value == null ? null : convert.apply(value);
    }

    private String text(Object[] args, int i) {
        return (String) arg(args, i);
    }

    @SuppressWarnings("unchecked")
    private Comparable<Object> ordered(Object[] args, int i) {
        return (Comparable<Object>) arg(args, i);
    }

    private List<Object> values(Object[] args) {
        Object value = args[arguments[0]];
        if (value == null) {
            throw new IllegalArgumentException(operator + " on " + where() + " needs a collection of values, not null");
        }
        Collection<?> items = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
        return items.stream().map(v -> v == null ? null : convert.apply(v)).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ComparablePath<Object, Comparable<Object>> comparable() {
        return (ComparablePath) path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private StringPath<Object> string() {
        return (StringPath) path;
    }

    /** {@code Post.author.name} or {@code User.name}, for messages. */
    private String where() {
        if (via == null) {
            return String.valueOf(path);
        }
        return path == null ? via.toString() : via + "." + path.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && c.operator == operator && Objects.equals(c.path, path) && Objects.equals(c.via, via)
                && c.ignoreCase == ignoreCase && Arrays.equals(c.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return (operator.hashCode() * 31 + Objects.hash(path, via)) * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return operator + "(" + where() + (ignoreCase ? ", ignoreCase" : "") + ", args " + Arrays.toString(arguments) + ")";
    }
}
