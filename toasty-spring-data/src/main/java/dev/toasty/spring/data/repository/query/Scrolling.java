package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Feature;

import dev.toasty.Page;
import dev.toasty.Query;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs a query for one {@link Window}. A keyset position scrolls with Toasty's cursors: the cursor is
 * kept in the position's keys under {@link #CURSOR}, so a window knows the position of its last item
 * (to scroll forward) and of its first (to scroll backward), when there are rows that way. An offset
 * position reads {@code limit} and {@code offset}, where the backend can skip rows.
 */
public final class Scrolling {

    /** The key of a {@link KeysetScrollPosition} that holds the Toasty cursor. */
    public static final String CURSOR = "toasty.cursor";

    private Scrolling() {
    }

    /** The window of at most {@code size} rows of {@code query} at {@code position}, each mapped by {@code mapper}. */
    public static <R> Window<R> window(Query<Object> query, ScrollPosition position, int size, Capability capability,
                                       Function<List<Object>, List<R>> mapper) {
        if (position instanceof OffsetScrollPosition offset) {
            return byOffset(query, offset, size, capability, mapper);
        }
        if (position instanceof KeysetScrollPosition keyset) {
            return byKeyset(query, keyset, size, mapper);
        }
        throw new InvalidDataAccessApiUsageException("Unknown scroll position " + position);
    }

    private static <R> Window<R> byOffset(Query<Object> query, OffsetScrollPosition position, int size,
                                          Capability capability, Function<List<Object>, List<R>> mapper) {
        long start = position.isInitial() ? 0 : position.getOffset() + 1;
        Query<Object> limited = query.limit(size + 1L);
        if (start > 0) {
            if (!capability.has(Feature.OFFSET)) {
                throw new UnsupportedFeatureException("offset scrolling (OffsetScrollPosition)", capability.backend(),
                        "scroll with ScrollPosition.keyset(), which pages by cursor");
            }
            limited = limited.offset(start);
        }
        List<Object> rows = limited.list();
        boolean more = rows.size() > size;
        return Window.from(mapper.apply(more ? rows.subList(0, size) : rows), OffsetScrollPosition.positionFunction(start), more);
    }

    private static <R> Window<R> byKeyset(Query<Object> query, KeysetScrollPosition position, int size,
                                          Function<List<Object>, List<R>> mapper) {
        boolean backward = position.scrollsBackward();
        Page<Object> page;
        if (position.isInitial()) {
            if (backward) {
                throw new InvalidDataAccessApiUsageException("A backward keyset scroll starts from the position of a "
                        + "window's first item; scroll forward from ScrollPosition.keyset() first");
            }
            page = query.paginate(size);
        } else {
            String cursor = cursor(position);
            page = backward ? query.before(cursor).paginate(size) : query.after(cursor).paginate(size);
        }
        List<R> items = mapper.apply(page.items());
        boolean more = backward ? page.hasPrevious() : page.hasNext();
        return Window.from(items, positions(page, items.size(), backward), more);
    }

    private static IntFunction<ScrollPosition> positions(Page<Object> page, int size, boolean backward) {
        return index -> {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("No item " + index + " in a window of " + size);
            }
            boolean first = index == 0 && page.previousCursor() != null;
            boolean last = index == size - 1 && page.nextCursor() != null;
            if (first && (backward || !last)) {
                return ScrollPosition.backward(Map.of(CURSOR, page.previousCursor()));
            }
            if (last) {
                return ScrollPosition.forward(Map.of(CURSOR, page.nextCursor()));
            }
            throw new IllegalStateException("A Toasty window has scroll positions at its first item (when rows come "
                    + "before it) and at its last (when rows follow it), not at item " + index);
        };
    }

    private static String cursor(KeysetScrollPosition position) {
        if (!(position.getKeys().get(CURSOR) instanceof String cursor)) {
            throw new InvalidDataAccessApiUsageException("This keyset position holds no Toasty cursor (key '" + CURSOR
                    + "'): use ScrollPosition.keyset() for the first window and Window.positionAt(...) for the next");
        }
        return cursor;
    }
}
