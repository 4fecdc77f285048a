package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;

/** The join model of vets and specialties: one record per link, deleted with either side. */
@Model
@Index(fields = {"vetId", "specialtyId"}, unique = true)
public record VetSpecialty(@Key @Auto Long id,
                           @Required Long vetId,
                           @Required Long specialtyId,
                           @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Vet> vet,
                           @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Specialty> specialty) {

    /** A link to {@code specialty}; {@code vetId} is set when it is saved with its vet. */
    public static VetSpecialty of(Specialty specialty) {
        return new VetSpecialty(null, null, specialty.id(), BelongsTo.unloaded(), BelongsTo.of(specialty));
    }
}
