package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The follower graph: two foreign keys to the same model, told apart by name. */
@Model
public record Follow(@Key @Auto Long id, Long followerId, Long followeeId,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Member> follower,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Member> followee) {

    public static Follow of(Long followerId, Long followeeId) {
        return new Follow(null, followerId, followeeId, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
