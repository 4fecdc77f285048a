package dev.toasty.docs.relations.cycle;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;

/** docs/relations/writes.md: an author points at a favourite book, and books point at authors: a cycle. */
@Model
public record Author(@Key @Auto Long id, String name, Long favoriteId, BelongsTo<Book> favorite) {
}
