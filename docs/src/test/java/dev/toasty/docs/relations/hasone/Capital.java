package dev.toasty.docs.relations.hasone;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** docs/relations/has-one.md: the relation {@code country} to a key {@code code} uses the field {@code countryCode}. */
@Model
public record Capital(@Key @Auto Long id, @Required String name, @Required @Unique String countryCode,
                      @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Country> country) {

    public static Capital named(String name) {
        return new Capital(null, name, null, BelongsTo.unloaded());
    }
}
