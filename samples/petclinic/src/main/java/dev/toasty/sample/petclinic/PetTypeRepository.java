package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.Optional;

/** Pet types, by name. */
public interface PetTypeRepository extends ToastyRepository<PetType, Long> {

    Optional<PetType> findByName(String name);
}
