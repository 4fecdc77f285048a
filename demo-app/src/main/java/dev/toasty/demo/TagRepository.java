package dev.toasty.demo;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.Optional;

/** Tags, found by name. */
public interface TagRepository extends ToastyRepository<Tag, Long> {

    Optional<Tag> findByName(String name);
}
