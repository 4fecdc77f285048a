package dev.toasty.sample.petclinic;

import java.time.LocalDate;
import java.util.List;

/** A pet as the API shows it: its type's name and its visits, which must have been loaded. */
public record PetView(Long id, String name, LocalDate birthDate, String type, List<VisitView> visits) {

    public static PetView of(Pet pet) {
        return new PetView(pet.id(), pet.name(), pet.birthDate(), pet.type().get().name(),
                pet.visits().stream().map(VisitView::of).toList());
    }
}
