package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.OrderItem;

import java.util.List;
import java.util.Objects;

/**
 * A value inside a JSON field, reached by keys. Compared as text by default ({@code eq("en")}); as a
 * number with {@link #number()} or a number argument, as a boolean with {@code eq(true)}. A missing key and
 * JSON null both count as null: they match {@link #isNull()} and no comparison.
 */
public final class JsonValuePath<M> {

    private final JsonPath<M, ?> field;
    private final List<String> keys;
    private final ExprJsonValue.Kind kind;

    JsonValuePath(JsonPath<M, ?> field, List<String> keys) {
        this(field, keys, ExprJsonValue.Kind.TEXT);
    }

    private JsonValuePath(JsonPath<M, ?> field, List<String> keys, ExprJsonValue.Kind kind) {
        this.field = field;
        this.keys = keys;
        this.kind = kind;
    }

    /** The same value compared and ordered as a number (a double). */
    public JsonValuePath<M> number() {
        return new JsonValuePath<>(field, keys, ExprJsonValue.Kind.NUMBER);
    }

    public Filter<M> eq(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.EQ, value);
    }

    public Filter<M> ne(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.NE, value);
    }

    public Filter<M> lt(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.LT, value);
    }

    public Filter<M> le(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.LE, value);
    }

    public Filter<M> gt(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.GT, value);
    }

    public Filter<M> ge(String value) {
        return as(ExprJsonValue.Kind.TEXT).compare(BinaryOp.GE, value);
    }

    public Filter<M> eq(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.EQ, number(value));
    }

    public Filter<M> ne(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.NE, number(value));
    }

    public Filter<M> lt(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.LT, number(value));
    }

    public Filter<M> le(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.LE, number(value));
    }

    public Filter<M> gt(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.GT, number(value));
    }

    public Filter<M> ge(Number value) {
        return as(ExprJsonValue.Kind.NUMBER).compare(BinaryOp.GE, number(value));
    }

    public Filter<M> eq(boolean value) {
        return as(ExprJsonValue.Kind.BOOLEAN).compare(BinaryOp.EQ, value);
    }

    /** The key is missing or holds JSON null. */
    public Filter<M> isNull() {
        return field.filter(new ExprIsNull(expr(), false));
    }

    /** The key holds a value other than JSON null. */
    public Filter<M> isNotNull() {
        return field.filter(new ExprIsNull(expr(), true));
    }

    /** Ascending: as text, or numerically after {@link #number()}. Missing values sort as nulls. */
    public Order<M> asc() {
        return new Order<>(new OrderItem(expr(), false, NullOrder.DEFAULT));
    }

    public Order<M> desc() {
        return new Order<>(new OrderItem(expr(), true, NullOrder.DEFAULT));
    }

    private JsonValuePath<M> as(ExprJsonValue.Kind k) {
        return k == kind ? this : new JsonValuePath<>(field, keys, k);
    }

    private Filter<M> compare(BinaryOp op, Object value) {
        Objects.requireNonNull(value, () -> "a comparison of " + this + " with null: use isNull()");
        return field.filter(new ExprBinaryOp(op, expr(), new ExprValue(value)));
    }

    private static Double number(Number value) {
        Objects.requireNonNull(value, "a comparison with a null number: use isNull()");
        return value.doubleValue();
    }

    private ExprJsonValue expr() {
        return new ExprJsonValue(field.expr(), keys, kind);
    }

    @Override
    public String toString() {
        return field + keys.toString();
    }
}
