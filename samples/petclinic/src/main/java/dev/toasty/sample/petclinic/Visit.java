package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

import java.time.LocalDate;

/** A visit of a pet to the clinic; deleted with the pet. */
@Model
public record Visit(@Key @Auto Long id,
                    @Required LocalDate date,
                    @Required String description,
                    @Required Long petId,
                    @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Pet> pet) {

    public static Visit of(Long petId, LocalDate date, String description) {
        return new Visit(null, date, description, petId, BelongsTo.unloaded());
    }
}
