package dev.toasty.sample.petclinic;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * What the clinic does with owners, pets and visits. Each public method is one transaction: the
 * repositories' statements join it, and an exception rolls all of them back.
 */
@Service
@Transactional
public class ClinicService {

    private final OwnerRepository owners;
    private final PetRepository pets;
    private final PetTypeRepository types;
    private final VisitRepository visits;

    public ClinicService(OwnerRepository owners, PetRepository pets, PetTypeRepository types, VisitRepository visits) {
        this.owners = owners;
        this.pets = pets;
        this.types = types;
        this.visits = visits;
    }

    /** The owners whose last name starts with {@code prefix}, a page at a time, with their pets and visits. */
    @Transactional(readOnly = true)
    public Page<Owner> findOwners(String prefix, Pageable pageable) {
        return owners.findByLastNameStartingWith(prefix, pageable);
    }

    @Transactional(readOnly = true)
    public Owner owner(long ownerId) {
        return owners.findById(ownerId).orElseThrow(() -> new NotFoundException("No owner " + ownerId));
    }

    public Owner addOwner(String firstName, String lastName, String address, String city, String telephone) {
        return owners.save(Owner.of(firstName, lastName, address, city, telephone));
    }

    /**
     * Adds a pet to an owner, and its type if the clinic has not seen one before. Saving the owner with
     * its pets inserts the new pet; a second pet of the same name fails with a
     * {@code DuplicateKeyException}, and the new type is rolled back with it.
     */
    public Pet addPet(long ownerId, String name, LocalDate birthDate, String typeName) {
        Owner owner = owners.findWithPetsById(ownerId).orElseThrow(() -> new NotFoundException("No owner " + ownerId));
        PetType type = types.findByName(typeName).orElseGet(() -> types.save(PetType.named(typeName)));
        Owner saved = owners.save(owner.withPet(Pet.of(name, birthDate, type)));
        return saved.pets().get().getLast();
    }

    /** Records a visit of one of the owner's pets. */
    public Visit addVisit(long ownerId, long petId, LocalDate date, String description) {
        Pet pet = pets.findByIdAndOwnerId(petId, ownerId)
                .orElseThrow(() -> new NotFoundException("Owner " + ownerId + " has no pet " + petId));
        return visits.save(Visit.of(pet.id(), date, description));
    }
}
