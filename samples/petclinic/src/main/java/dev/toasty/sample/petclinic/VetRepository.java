package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.List;

/** Vets, with their specialties (across the many-to-many relation). */
public interface VetRepository extends ToastyRepository<Vet, Long> {

    @Include("specialties")
    List<Vet> findAllByOrderByLastNameAscFirstNameAsc();

    List<Vet> findBySpecialtiesName(String specialty);
}
