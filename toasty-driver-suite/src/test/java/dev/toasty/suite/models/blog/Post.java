package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;

/** A post: belongs to its author (who cannot be deleted while it exists), has comments and labels. */
@Model
public record Post(@Key @Auto Long id, String title, boolean published, long createdAt, Long authorId,
                   BelongsTo<Member> author,
                   HasMany<Comment> comments,
                   HasMany<Labeling> labelings,
                   @HasMany.Through("labelings") HasMany<Label> labels) implements Commentable {

    public static Post of(String title, boolean published, long createdAt, Long authorId) {
        return new Post(null, title, published, createdAt, authorId, BelongsTo.unloaded(), HasMany.unloaded(),
                HasMany.unloaded(), HasMany.unloaded());
    }
}
