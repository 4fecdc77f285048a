package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.HasMany;

/** A post: its author cannot be deleted while it exists (the default, RESTRICT); it has comments and tags. */
@Model
public record Post(@Key @Auto Long id, @Required String title, boolean published, int likes, Long authorId,
                   BelongsTo<Member> author,
                   HasMany<Comment> comments,
                   HasMany<Tagging> taggings,
                   @HasMany.Through("taggings") HasMany<Tag> tags) {

    public static Post of(String title, boolean published, int likes) {
        return new Post(null, title, published, likes, null, BelongsTo.unloaded(), HasMany.unloaded(),
                HasMany.unloaded(), HasMany.unloaded());
    }

    /** This post, pointing at {@code author}: inserting it fills {@code authorId} from the author's key. */
    public Post by(Member author) {
        return new Post(id, title, published, likes, authorId, BelongsTo.of(author), comments, taggings, tags);
    }

    public Post withComments(Comment... comments) {
        return new Post(id, title, published, likes, authorId, author, HasMany.of(comments), taggings, tags);
    }
}
