package dev.toasty.spring.data.repository.query;

import dev.toasty.driver.Feature;

import dev.toasty.Query;
import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.support.PageableExecutionUtils;

import java.util.List;
import java.util.function.Function;

/**
 * Not API: runs a query for one {@link Pageable} page: its sort, then limit and offset, and the count
 * when the page needs the total; {@code reader} runs the query (reading entities or projections). A backend without {@code offset} capability reads the first page only,
 * and refuses the others with an {@link UnsupportedFeatureException} that points to keyset scrolling.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * The page that {@code pageable} asks for: rows of {@code sorted} (the query in the page's order), the
     * total from {@code unsorted} when the page alone does not tell it; each row mapped by {@code mapper}.
     */
    public static <R> Page<R> page(Query<Object> sorted, Query<Object> unsorted, Pageable pageable, Capability capability,
                                   Function<Query<Object>, List<R>> reader) {
        if (pageable.isUnpaged()) {
            return PageableExecutionUtils.getPage(reader.apply(sorted), pageable, unsorted::count);
        }
        List<R> content = reader.apply(window(sorted, pageable, capability, 0));
        return PageableExecutionUtils.getPage(content, pageable, unsorted::count);
    }

    /** The slice that {@code pageable} asks for: one row more than the page tells whether another follows. */
    public static <R> Slice<R> slice(Query<Object> sorted, Pageable pageable, Capability capability,
                                     Function<Query<Object>, List<R>> reader) {
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(reader.apply(sorted), pageable, false);
        }
        List<R> rows = reader.apply(window(sorted, pageable, capability, 1));
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    private static Query<Object> window(Query<Object> query, Pageable pageable, Capability capability, int extra) {
        Query<Object> limited = query.limit((long) pageable.getPageSize() + extra);
        if (pageable.getOffset() == 0) {
            return limited;
        }
        if (!capability.has(Feature.OFFSET)) {
            throw new UnsupportedFeatureException("offset paging (Pageable beyond the first page)", capability.backend(),
                    "scroll with a Window and ScrollPosition.keyset(), which pages by cursor");
        }
        return limited.offset(pageable.getOffset());
    }
}
