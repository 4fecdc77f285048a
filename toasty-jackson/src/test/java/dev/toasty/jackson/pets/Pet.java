package dev.toasty.jackson.pets;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;

/** A pet belongs to an owner, or to nobody (a null {@code ownerId}). */
@Model
public record Pet(@Key @Auto Long id, @Required String name, Long ownerId, BelongsTo<Owner> owner) {

    public static Pet of(String name) {
        return new Pet(null, name, null, BelongsTo.unloaded());
    }
}
