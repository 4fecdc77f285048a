package dev.toasty.sample.petclinic;

import java.util.List;

/** An owner as the API shows it, with their pets; built from an owner whose pets were loaded. */
public record OwnerView(Long id, String firstName, String lastName, String address, String city, String telephone,
                        List<PetView> pets) {

    public static OwnerView of(Owner owner) {
        return new OwnerView(owner.id(), owner.firstName(), owner.lastName(), owner.address(), owner.city(),
                owner.telephone(), owner.pets().stream().map(PetView::of).toList());
    }
}
