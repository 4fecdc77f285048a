package dev.toasty.sample.petclinic;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.List;

/** Visits, newest first per pet. */
public interface VisitRepository extends ToastyRepository<Visit, Long> {

    List<Visit> findByPetIdOrderByDateDesc(Long petId);
}
