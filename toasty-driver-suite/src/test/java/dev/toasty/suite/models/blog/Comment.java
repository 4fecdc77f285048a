package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A comment on a post or a photo (polymorphic), by a member who may have left (the author is set to null). */
@Model
public record Comment(@Key @Auto Long id, String body, String commentableType, Long commentableId,
                      @BelongsTo.Polymorphic(type = "commentableType", key = "commentableId") BelongsTo<Commentable> commentable,
                      Long authorId,
                      @BelongsTo.OnDelete(DeleteRule.SET_NULL) BelongsTo<Member> author) {

    public static Comment on(Commentable target, String body, Long authorId) {
        return new Comment(null, body, target.getClass().getSimpleName(), target.id(), BelongsTo.unloaded(), authorId,
                BelongsTo.unloaded());
    }
}
