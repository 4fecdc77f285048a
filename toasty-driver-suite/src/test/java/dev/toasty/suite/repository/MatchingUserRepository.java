package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.User;

import java.util.List;

/** Text matches some backends cannot run: {@code like}, {@code endsWith} and {@code ignoreCase}. */
public interface MatchingUserRepository extends ToastyRepository<User, Long> {

    List<User> findByNameLike(String pattern);

    List<User> findByNameNotLike(String pattern);

    List<User> findByNameEndingWith(String suffix);

    List<User> findByNameIgnoreCase(String name);

    List<User> findByNameNotIgnoreCase(String name);

    List<User> findByNameContainingIgnoreCase(String text);

    List<User> findByNameStartingWithAndEmailEndingWithAllIgnoreCase(String prefix, String suffix);

    List<User> findByNameStartingWithAndAgeGreaterThanAllIgnoreCase(String prefix, int age);
}
