package dev.toasty.docs.relations.hasone;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** docs/relations/has-one.md: the avatar holds the foreign key; {@code @Unique} keeps it to one per account. */
@Model
public record Avatar(@Key @Auto Long id,
                     @Required @Unique Long accountId,
                     @Required String url,
                     @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Account> account) {

    public static Avatar at(String url) {
        return new Avatar(null, null, url, BelongsTo.unloaded());
    }
}
