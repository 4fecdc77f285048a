package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.annotation.Unique;

/** A kind of pet: cat, dog, hamster. A type with pets cannot be deleted. */
@Model
public record PetType(@Key @Auto Long id, @Required @Unique String name) {

    public static PetType named(String name) {
        return new PetType(null, name);
    }
}
