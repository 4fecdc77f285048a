package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The join model of posts and tags. */
@Model
public record Tagging(@Key @Auto Long id, @Required Long postId, @Required Long tagId,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Post> post,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Tag> tag) {

    public static Tagging of(Long postId, Long tagId) {
        return new Tagging(null, postId, tagId, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
