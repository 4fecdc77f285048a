package dev.toasty.docs.relations.follow;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** docs/relations/self-referential.md: one edge of the graph, with two foreign keys to {@link Person}. */
@Model
public record Follow(@Key @Auto Long id, @Required Long followerId, @Required Long followeeId,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Person> follower,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Person> followee) {

    public static Follow of(Long followerId, Long followeeId) {
        return new Follow(null, followerId, followeeId, BelongsTo.unloaded(), BelongsTo.unloaded());
    }
}
