package dev.toasty.query;

import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.OrderItem;

/**
 * One ordering term for model {@code M}: {@code User_.name.asc()}, {@code User_.age.desc().nullsFirst()}.
 * By default nulls sort as if greater than every value (last when ascending, first when descending),
 * on every backend.
 */
public final class Order<M> {

    private final OrderItem item;

    Order(OrderItem item) {
        this.item = item;
    }

    static <M> Order<M> of(Path<M, ?> path, boolean descending) {
        return new Order<>(new OrderItem(new ExprPath(path.model(), path.name()), descending, NullOrder.DEFAULT));
    }

    /** The same term with nulls before every value. */
    public Order<M> nullsFirst() {
        return new Order<>(new OrderItem(item.expr(), item.descending(), NullOrder.FIRST));
    }

    /** The same term with nulls after every value. */
    public Order<M> nullsLast() {
        return new Order<>(new OrderItem(item.expr(), item.descending(), NullOrder.LAST));
    }

    /** The statement-tree term (the engine reaches it through {@code internal.read.Nodes}). */
    OrderItem item() {
        return item;
    }

    @Override
    public String toString() {
        return "Order[" + item + "]";
    }
}
