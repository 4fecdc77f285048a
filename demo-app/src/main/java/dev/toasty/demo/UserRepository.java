package dev.toasty.demo;

import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.List;
import java.util.Optional;

/** Users, with derived queries checked when the application starts. */
public interface UserRepository extends ToastyRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    List<User> findByNameStartingWithIgnoreCaseOrderByNameAsc(String prefix);
}
