package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The join model of posts and labels, with a column of its own. */
@Model
public record Labeling(@Key @Auto Long id, Long postId, Long labelId, long createdAt,
                       @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Post> post,
                       @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Label> label) {

    public static Labeling of(Long postId, Long labelId, long createdAt) {
        return new Labeling(null, postId, labelId, createdAt, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
