package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;

import java.time.Instant;

/**
 * A blog post: belongs to its author ({@code authorId}; a user with posts cannot be deleted), has
 * {@link Comment}s, and {@link Tag}s through the {@link Tagging} join model.
 */
@Model
public record Post(@Key @Auto Long id, @Required @Index Long authorId, @Required String title, @Required String body,
                   boolean published, @Required Instant createdAt,
                   BelongsTo<User> author,
                   HasMany<Comment> comments,
                   HasMany<Tagging> taggings,
                   @HasMany.Through("taggings") HasMany<Tag> tags) {

    /** A new post, to insert. */
    public static Post of(Long authorId, String title, String body, boolean published, Instant createdAt) {
        return new Post(null, authorId, title, body, published, createdAt, BelongsTo.unloaded(), HasMany.unloaded(),
                HasMany.unloaded(), HasMany.unloaded());
    }
}
