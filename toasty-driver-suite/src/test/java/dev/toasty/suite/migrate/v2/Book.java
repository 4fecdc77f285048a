package dev.toasty.suite.migrate.v2;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** Version 2 of the books: unchanged, but their author is version 2's. */
@Model
@Table("mig_books")
public record Book(@Key @Auto Long id, @Required String title, Long authorId, BelongsTo<Author> author) {
}
