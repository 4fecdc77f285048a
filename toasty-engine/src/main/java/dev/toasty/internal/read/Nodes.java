package dev.toasty.internal.read;

import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.query.Filter;
import dev.toasty.query.Order;
import dev.toasty.query.RelationPath;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The statement-tree nodes inside the typed query API ({@code Filter}, {@code Order}, {@code RelationPath}).
 * Those types keep their nodes package-private, so that no public signature of the API names an internal
 * type; the engine reaches them here, through method handles looked up once (constant after the JIT, no
 * reflection per call). Not API.
 */
public final class Nodes {

    private static final MethodHandle FILTER_EXPR;
    private static final MethodHandle FILTER_OF;
    private static final MethodHandle ORDER_ITEM;
    private static final MethodHandle HOP_NAME;
    private static final MethodHandle HOP_FILTER;
    private static final MethodHandle HOP_ORDER;

    static {
        try {
            MethodHandles.Lookup self = MethodHandles.lookup();
            MethodHandles.Lookup filters = MethodHandles.privateLookupIn(Filter.class, self);
            FILTER_EXPR = filters.findVirtual(Filter.class, "expr", MethodType.methodType(Expr.class));
            FILTER_OF = filters.findStatic(Filter.class, "of", MethodType.methodType(Filter.class, Expr.class));
            ORDER_ITEM = MethodHandles.privateLookupIn(Order.class, self)
                    .findVirtual(Order.class, "item", MethodType.methodType(OrderItem.class));
            MethodHandles.Lookup paths = MethodHandles.privateLookupIn(RelationPath.class, self);
            HOP_NAME = paths.findVirtual(RelationPath.class, "hopName", MethodType.methodType(String.class, int.class));
            HOP_FILTER = paths.findVirtual(RelationPath.class, "hopFilter", MethodType.methodType(Expr.class, int.class));
            HOP_ORDER = paths.findVirtual(RelationPath.class, "hopOrder", MethodType.methodType(List.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Nodes() {
    }

    /** The expression of a filter. */
    public static Expr expr(Filter<?> filter) {
        try {
            return (Expr) FILTER_EXPR.invokeExact(filter);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** A filter holding {@code expr}. */
    @SuppressWarnings("unchecked")
    public static <M> Filter<M> filter(Expr expr) {
        try {
            return (Filter<M>) (Filter<?>) FILTER_OF.invokeExact(expr);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** The term of an order. */
    public static OrderItem item(Order<?> order) {
        try {
            return (OrderItem) ORDER_ITEM.invokeExact(order);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static String hopName(RelationPath<?, ?> path, int i) {
        try {
            return (String) HOP_NAME.invokeExact(path, i);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static Expr hopFilter(RelationPath<?, ?> path, int i) {
        try {
            return (Expr) HOP_FILTER.invokeExact(path, i);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<OrderItem> hopOrder(RelationPath<?, ?> path, int i) {
        try {
            return (List<OrderItem>) HOP_ORDER.invokeExact(path, i);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
