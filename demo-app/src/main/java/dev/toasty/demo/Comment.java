package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

import java.time.Instant;

/** A comment on a {@link Post}, deleted with it; its author may leave (the comment stays, without author). */
@Model
public record Comment(@Key @Auto Long id, @Required @Index Long postId, @Index Long authorId, @Required String body,
                      @Required Instant createdAt,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Post> post,
                      @BelongsTo.OnDelete(DeleteRule.SET_NULL) BelongsTo<User> author) {

    /** A new comment, to insert. */
    public static Comment of(Long postId, Long authorId, String body, Instant createdAt) {
        return new Comment(null, postId, authorId, body, createdAt, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
