package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A comment: deleted with its post; kept, without a commenter, when the commenter is deleted. */
@Model
public record Comment(@Key @Auto Long id, @Required String body,
                      @Required Long postId,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Post> post,
                      Long commenterId,
                      @BelongsTo.OnDelete(DeleteRule.SET_NULL) BelongsTo<Member> commenter) {

    public static Comment of(String body, Long commenterId) {
        return new Comment(null, body, null, BelongsTo.unloaded(), commenterId, BelongsTo.unloaded());
    }
}
