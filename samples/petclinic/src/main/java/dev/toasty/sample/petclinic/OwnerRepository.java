package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.ToastyRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Optional;

/** Owners. The interface's {@code @Include} loads each owner's pets, their types and their visits. */
@Include({"pets.type", "pets.visits"})
public interface OwnerRepository extends ToastyRepository<Owner, Long> {

    Page<Owner> findByLastNameStartingWith(String lastName, Pageable pageable);

    /** The owner with their pets only: what {@code ClinicService.addPet} changes and saves. */
    @Include("pets")
    Optional<Owner> findWithPetsById(Long id);
}
