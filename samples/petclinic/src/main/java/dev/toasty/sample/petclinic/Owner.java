package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

import java.util.ArrayList;
import java.util.List;

/** A pet owner. Their {@link Pet}s are loaded only when a query includes them. */
@Model
public record Owner(@Key @Auto Long id,
                    @Required String firstName,
                    @Required @Index String lastName,
                    @Required String address,
                    @Required String city,
                    @Required String telephone,
                    HasMany<Pet> pets) {

    /** A new owner, to save: no pets yet. */
    public static Owner of(String firstName, String lastName, String address, String city, String telephone) {
        return new Owner(null, firstName, lastName, address, city, telephone, HasMany.of());
    }

    /** This owner holding {@code pets}: saving it writes them too, inserting the new ones. */
    public Owner withPets(List<Pet> pets) {
        return new Owner(id, firstName, lastName, address, city, telephone, HasMany.of(pets));
    }

    /** This owner with one pet more; its pets must have been loaded. */
    public Owner withPet(Pet pet) {
        List<Pet> all = new ArrayList<>(pets.get());
        all.add(pet);
        return withPets(all);
    }
}
