package dev.toasty;

import java.util.List;

/**
 * One page of a cursor-paginated query. Pass {@code nextCursor} to {@link Query#after(String)} for the
 * following page and {@code previousCursor} to {@link Query#before(String)} for the one before; a
 * cursor is null when there is no such page. Cursors are opaque strings, safe to put in a URL.
 */
public record Page<M>(List<M> items, String nextCursor, String previousCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    public boolean hasPrevious() {
        return previousCursor != null;
    }
}
