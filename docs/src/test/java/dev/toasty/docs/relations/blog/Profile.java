package dev.toasty.docs.relations.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A member's profile: deleted with its member. */
@Model
public record Profile(@Key @Auto Long id, @Unique Long memberId, String bio,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Member> member) {

    public static Profile of(String bio) {
        return new Profile(null, null, bio, BelongsTo.unloaded());
    }
}
