package dev.toasty.suite.migrate.v4;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** Version 2's book; reviews are gone in version 4. */
@Model
@Table("mig_books")
public record Book(@Key @Auto Long id, @Required String title, Long authorId, BelongsTo<Author> author) {
}
