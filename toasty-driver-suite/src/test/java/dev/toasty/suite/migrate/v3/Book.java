package dev.toasty.suite.migrate.v3;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** Version 1's books, by version 3's authors. */
@Model
@Table("mig_books")
public record Book(@Key @Auto Long id, @Required String title, Long authorId, BelongsTo<Author> author) {
}
