package dev.toasty.suite.integrity;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.Counter;

/** A repository of a versioned model: save decides new or not by the version, as Spring Data does. */
public interface CounterRepository extends ToastyRepository<Counter, Long> {
}
