package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.HasMany;

import java.util.Arrays;

/** A vet, with specialties through the {@link VetSpecialty} join model. */
@Model
public record Vet(@Key @Auto Long id,
                  @Required String firstName,
                  @Required String lastName,
                  HasMany<VetSpecialty> vetSpecialties,
                  @HasMany.Through("vetSpecialties") HasMany<Specialty> specialties) {

    public static Vet of(String firstName, String lastName) {
        return new Vet(null, firstName, lastName, HasMany.unloaded(), HasMany.unloaded());
    }

    /** This vet with links to {@code specialties}, which are stored already: saving a new vet inserts the links. */
    public Vet withSpecialties(Specialty... specialties) {
        return new Vet(id, firstName, lastName, HasMany.of(Arrays.stream(specialties).map(VetSpecialty::of).toList()),
                HasMany.unloaded());
    }
}
