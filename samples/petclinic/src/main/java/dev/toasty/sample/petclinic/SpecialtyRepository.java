package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.ToastyRepository;

/** The vets' specialties. */
public interface SpecialtyRepository extends ToastyRepository<Specialty, Long> {
}
