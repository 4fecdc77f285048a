package dev.toasty.query;

import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprValue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A field holding a list or set of scalars ({@code List<String> tags}): PostgreSQL stores a native
 * array, SQLite and MySQL a JSON array, DynamoDB a list. Records whose field is null match none of
 * these filters except {@link #isNull()}.
 */
public class ArrayPath<M, V, E> extends Path<M, V> {

    private final Class<E> elementType;

    protected ArrayPath(Class<M> model, String name, Class<V> type, Class<E> elementType) {
        super(model, name, type);
        this.elementType = Objects.requireNonNull(elementType, "elementType");
    }

    public final Class<E> elementType() {
        return elementType;
    }

    /** The field holds {@code element}. */
    public final Filter<M> contains(E element) {
        if (element == null) {
            throw new IllegalArgumentException("contains(null) on " + this + ": arrays hold no nulls");
        }
        return op(ExprArrayOp.Op.CONTAINS_ALL, List.of(element));
    }

    /** The field holds every one of {@code elements}; an empty list matches every record whose field is not null. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Filter<M> containsAll(E... elements) {
        return containsAll(Arrays.asList(elements));
    }

    public final Filter<M> containsAll(Collection<? extends E> elements) {
        return elements.isEmpty() ? isNotNull() : op(ExprArrayOp.Op.CONTAINS_ALL, checked(elements));
    }

    /** The field holds at least one of {@code elements}; an empty list matches nothing. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Filter<M> overlaps(E... elements) {
        return overlaps(Arrays.asList(elements));
    }

    public final Filter<M> overlaps(Collection<? extends E> elements) {
        return elements.isEmpty() ? Filter.never() : op(ExprArrayOp.Op.OVERLAPS, checked(elements));
    }

    /** The field holds no elements (and is not null). */
    public final Filter<M> isEmpty() {
        return size().eq(0);
    }

    /** The field holds at least one element. */
    public final Filter<M> isNotEmpty() {
        return size().gt(0);
    }

    /** The number of elements, to compare: {@code Post_.tags.size().ge(2)}. */
    public final SizeExpression<M> size() {
        return new SizeExpression<>(this, new ExprArraySize(expr()));
    }

    private Filter<M> op(ExprArrayOp.Op op, List<? extends E> elements) {
        return filter(new ExprArrayOp(op, expr(), new ExprValue(elements)));
    }

    private List<? extends E> checked(Collection<? extends E> elements) {
        for (E e : elements) {
            if (e == null) {
                throw new IllegalArgumentException("A null element in a filter on " + this + ": arrays hold no nulls");
            }
        }
        return List.copyOf(elements);
    }
}
