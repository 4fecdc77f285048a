package dev.toasty.jackson.pets;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** An owner's licence: the has-one side of the tests. */
@Model
public record Licence(@Key @Auto Long id, @Required @Unique Long ownerId, @Required String number,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Owner> owner) {

    public static Licence of(String number) {
        return new Licence(null, null, number, BelongsTo.unloaded());
    }
}
