package dev.toasty.spring.data.repository.query;

import org.springframework.data.repository.query.QueryMethod;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.List;

/**
 * What a derived query method does with its query, chosen at startup from the method name's subject
 * and the return type: read one row, a list, a stream, a page, a slice or a window; count; tell
 * whether any row exists; or delete (returning the number deleted or the deleted rows).
 */
enum Execution {
    SINGLE, LIST, STREAM, PAGE, SLICE, WINDOW, COUNT, EXISTS, DELETE_COUNT, DELETE_LIST;

    static Execution of(MethodContext method, MethodName name) {
        var tree = name.subject();
        QueryMethod query = method.queryMethod();
        Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(method.method().getReturnType());
        if (tree.isCountProjection()) {
            return require(method, COUNT, returned == Long.class || returned == Integer.class, "count", "long or int");
        }
        if (tree.isExistsProjection()) {
            return require(method, EXISTS, returned == Boolean.class, "exists", "boolean");
        }
        if (tree.isDelete()) {
            if (returned == void.class || returned == Void.class || returned == Long.class || returned == Integer.class) {
                return DELETE_COUNT;
            }
            boolean rows = returned.isAssignableFrom(List.class) && Iterable.class.isAssignableFrom(returned)
                    || Collection.class.isAssignableFrom(returned) && returned.isAssignableFrom(List.class);
            return require(method, DELETE_LIST, rows, "delete", "void, long, int or a List of the deleted rows");
        }
        if (query.isScrollQuery()) {
            return WINDOW;
        }
        if (query.isPageQuery()) {
            return PAGE;
        }
        if (query.isSliceQuery()) {
            return SLICE;
        }
        if (query.isStreamQuery()) {
            return STREAM;
        }
        return query.isCollectionQuery() ? LIST : SINGLE;
    }

    private static Execution require(MethodContext method, Execution execution, boolean fits, String kind, String expected) {
        if (!fits) {
            throw method.refuse("a " + kind + " query returns " + expected + ", not "
                    + method.method().getGenericReturnType().getTypeName());
        }
        return execution;
    }
}
