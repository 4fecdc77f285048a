package dev.toasty.sample.petclinic;

import java.util.List;

/** A vet as the API shows it, with the names of their specialties. */
public record VetView(Long id, String firstName, String lastName, List<String> specialties) {

    public static VetView of(Vet vet) {
        return new VetView(vet.id(), vet.firstName(), vet.lastName(), vet.specialties().stream().map(Specialty::name).toList());
    }
}
