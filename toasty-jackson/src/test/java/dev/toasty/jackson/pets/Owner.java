package dev.toasty.jackson.pets;

import dev.toasty.Deferred;
import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;
import dev.toasty.relation.HasOne;

/**
 * The module tests' aggregate: an owner with pets, at most one licence, and deferred notes. Orphan removal makes
 * the difference between pets left out of the JSON (not loaded: kept) and an empty array (loaded: deleted) visible.
 */
@Model
public record Owner(@Key @Auto Long id, @Required String name, Deferred<String> notes,
                    @HasMany.RemoveOrphans HasMany<Pet> pets, HasOne<Licence> licence) {

    public static Owner of(String name, String notes, Pet... pets) {
        return new Owner(null, name, Deferred.of(notes), HasMany.of(pets), HasOne.unloaded());
    }

    public Owner withLicence(Licence licence) {
        return new Owner(id, name, notes, pets, HasOne.of(licence));
    }
}
