package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.Optional;

/** Pets, looked up within their owner. */
public interface PetRepository extends ToastyRepository<Pet, Long> {

    Optional<Pet> findByIdAndOwnerId(Long id, Long ownerId);
}
