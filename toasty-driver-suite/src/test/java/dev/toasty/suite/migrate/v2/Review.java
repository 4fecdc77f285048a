package dev.toasty.suite.migrate.v2;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** New in version 2: reviews of books. */
@Model
@Table("mig_reviews")
public record Review(@Key @Auto Long id, Long bookId, BelongsTo<Book> book, String body) {
    public static Review of(Long bookId, String body) {
        return new Review(null, bookId, BelongsTo.unloaded(), body);
    }
}
