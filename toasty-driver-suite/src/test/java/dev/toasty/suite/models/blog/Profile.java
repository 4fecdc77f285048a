package dev.toasty.suite.models.blog;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** A member's profile: the has-one side of {@code Member.profile}. */
@Model
public record Profile(@Key @Auto Long id, @Unique Long memberId, String bio,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Member> member) {

    public static Profile of(Long memberId, String bio) {
        return new Profile(null, memberId, bio, BelongsTo.unloaded());
    }
}
