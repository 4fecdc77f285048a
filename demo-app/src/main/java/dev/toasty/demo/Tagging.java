package dev.toasty.demo;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

import java.time.Instant;

/** The join model of posts and tags, with when the tag was put on; deleted with either side. */
@Model
public record Tagging(@Key @Auto Long id, @Required @Index Long postId, @Required @Index Long tagId,
                      @Required Instant createdAt,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Post> post,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Tag> tag) {

    /** A new tagging, to insert. */
    public static Tagging of(Long postId, Long tagId, Instant createdAt) {
        return new Tagging(null, postId, tagId, createdAt, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
