package dev.toasty.query;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A field of model {@code M} with values of type {@code V}, as found in the generated metamodel
 * ({@code User_.email}). It builds {@link Filter}s and {@link Order}s; it holds no state and is thread-safe.
 */
public class Path<M, V> {

    private final Class<M> model;
    private final String name;
    private final Class<V> type;
    private final ExprPath expr;
    private final RelationPath<M, ?> via;

    protected Path(Class<M> model, String name, Class<V> type) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.expr = new ExprPath(model, name);
        this.via = null;
    }

    /** A field of a related model seen from {@code via}'s model: its filters match records whose related record matches. */
    protected Path(Path<?, V> field, RelationPath<M, ?> via) {
        this.model = via.model();
        this.name = via.describe() + "." + field.name;
        this.type = field.type;
        this.expr = field.expr;
        this.via = via;
    }

    public final Class<M> model() {
        return model;
    }

    public final String name() {
        return name;
    }

    public final Class<V> type() {
        return type;
    }

    /** Equal to {@code value}; {@code eq(null)} means {@link #isNull()}. */
    public final Filter<M> eq(V value) {
        return value == null ? isNull() : compare(BinaryOp.EQ, value);
    }

    /** Not equal to {@code value}; records where the field is null do not match. {@code ne(null)} means {@link #isNotNull()}. */
    public final Filter<M> ne(V value) {
        return value == null ? isNotNull() : compare(BinaryOp.NE, value);
    }

    /** Equal to another field of the same record. */
    public final Filter<M> eq(Path<M, V> other) {
        return compare(BinaryOp.EQ, other);
    }

    /** Not equal to another field of the same record. */
    public final Filter<M> ne(Path<M, V> other) {
        return compare(BinaryOp.NE, other);
    }

    /** One of the given values. A {@code null} among them also matches records where the field is null. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Filter<M> in(V... values) {
        return in(Arrays.asList(values));
    }

    /** One of the given values; an empty collection matches nothing. */
    public final Filter<M> in(Collection<? extends V> values) {
        List<Expr> list = values(values);
        Filter<M> in = list.isEmpty() ? Filter.never() : filter(new ExprInList(expr, list, false));
        return containsNull(values) ? in.or(isNull()) : in;
    }

    /**
     * None of the given values. As with {@link #ne}, records where the field is null do not match (SQL's
     * rule); add {@code .or(path.isNull())} to keep them.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Filter<M> notIn(V... values) {
        return notIn(Arrays.asList(values));
    }

    /** None of the given values; an empty collection matches every record, nulls included. */
    public final Filter<M> notIn(Collection<? extends V> values) {
        List<Expr> list = values(values);
        return list.isEmpty() ? Filter.always() : filter(new ExprInList(expr, list, true));
    }

    public final Filter<M> isNull() {
        return filter(new ExprIsNull(expr, false));
    }

    public final Filter<M> isNotNull() {
        return filter(new ExprIsNull(expr, true));
    }

    /** Wraps a condition on this field as a filter of {@code M}: across the relation when the field is reached through one. */
    final Filter<M> filter(Expr condition) {
        return Filter.of(via == null ? condition : via.wrap(condition));
    }

    public final Order<M> asc() {
        requireOwnField("asc()");
        return Order.of(this, false);
    }

    public final Order<M> desc() {
        requireOwnField("desc()");
        return Order.of(this, true);
    }

    private void requireOwnField(String operation) {
        if (via != null) {
            throw new IllegalArgumentException(operation + " on " + this + ": a query orders by fields of its own model; "
                    + "order the related records in the include instead (" + via.describe() + ".orderBy(...))");
        }
    }

    /** The statement-tree reference to this field. */
    final ExprPath expr() {
        return expr;
    }

    final Filter<M> compare(BinaryOp op, V value) {
        return filter(new ExprBinaryOp(op, expr, value(op.name().toLowerCase(java.util.Locale.ROOT), value)));
    }

    final Filter<M> compare(BinaryOp op, Path<M, ?> other) {
        Objects.requireNonNull(other, "other field");
        if (via != null || other.via != null) {
            throw new IllegalArgumentException("Comparing " + this + " with " + other
                    + ": field-to-field comparisons take two fields of the same record, not across a relation");
        }
        return filter(new ExprBinaryOp(op, expr, other.expr));
    }

    final ExprValue value(String operation, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(operation + "(null) on " + this
                    + " compares with nothing: use isNull() or isNotNull()");
        }
        return new ExprValue(value);
    }

    /** Null-safe: {@code List.of(...).contains(null)} throws. */
    private static boolean containsNull(Collection<?> values) {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    private static List<Expr> values(Collection<?> values) {
        List<Expr> list = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v != null) {
                list.add(new ExprValue(v));
            }
        }
        return list;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path<?, ?> p && p.model.equals(model) && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return model.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + name;
    }
}
