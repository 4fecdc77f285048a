package dev.toasty.sample.petclinic;

import dev.toasty.annotation.Auto;
import dev.toasty.annotation.Index;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Required;
import dev.toasty.relation.BelongsTo;
import dev.toasty.relation.DeleteRule;
import dev.toasty.relation.HasMany;

import java.time.LocalDate;

/** A pet: belongs to its owner (deleted with them) and to its type, and has its visits. Names are unique per owner. */
@Model
@Index(fields = {"ownerId", "name"}, unique = true)
public record Pet(@Key @Auto Long id,
                  @Required String name,
                  LocalDate birthDate,
                  @Required Long ownerId,
                  @Required Long typeId,
                  @BelongsTo.OnDelete(DeleteRule.CASCADE) BelongsTo<Owner> owner,
                  BelongsTo<PetType> type,
                  HasMany<Visit> visits) {

    /** A new pet of {@code type}, without visits yet; its {@code ownerId} is set when it is saved with its owner. */
    public static Pet of(String name, LocalDate birthDate, PetType type) {
        return new Pet(null, name, birthDate, null, type.id(), BelongsTo.unloaded(), BelongsTo.of(type), HasMany.of());
    }
}
