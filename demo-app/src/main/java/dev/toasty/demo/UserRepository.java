package dev.toasty.demo;

import dev.toasty.spring.data.repository.Include;
import dev.toasty.spring.data.repository.ToastyRepository;

import java.util.List;
import java.util.Optional;

/** Users, with derived queries checked when the application starts; {@code findById} loads the user's posts. */
public interface UserRepository extends ToastyRepository<User, Long> {

    @Override
    @Include("posts")
    Optional<User> findById(Long id);

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    List<User> findByNameStartingWithIgnoreCaseOrderByNameAsc(String prefix);
}
