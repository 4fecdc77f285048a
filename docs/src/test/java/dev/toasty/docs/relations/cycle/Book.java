package dev.toasty.docs.relations.cycle;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;

/** docs/relations/writes.md: the other half of the cycle. */
@Model
public record Book(@Key @Auto Long id, String title, Long authorId, BelongsTo<Author> author) {
}
