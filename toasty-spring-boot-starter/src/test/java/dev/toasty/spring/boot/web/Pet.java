package dev.toasty.spring.boot.web;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** A pet of an {@link Owner}. */
@Model
@Table("web_pets")
public record Pet(@Key @Auto Long id, @Required String name, Long ownerId, BelongsTo<Owner> owner) {

    public static Pet of(String name) {
        return new Pet(null, name, null, BelongsTo.unloaded());
    }
}
