package dev.toasty.suite.migrate.v1;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** Version 1 of an application's books, each by an author. */
@Model
@Table("mig_books")
public record Book(@Key @Auto Long id, @Required String title, Long authorId, BelongsTo<Author> author) {
    public static Book of(String title, Long authorId) {
        return new Book(null, title, authorId, BelongsTo.unloaded());
    }
}
