package dev.toasty.internal.read;

import java.util.List;

/** One page as the read operations produce it; the query API hands it out as a {@code Page}. */
public record Slice<M>(List<M> items, String nextCursor, String previousCursor) {
}
