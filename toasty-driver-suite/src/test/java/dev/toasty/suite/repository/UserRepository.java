package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.User;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The portable repository of the suite: every method here runs on every backend, so creating it is
 * itself the check that none of them is refused where it should not be.
 */
public interface UserRepository extends ToastyRepository<User, Long> {

    List<User> findByName(String name);

    List<User> findByNameIs(String name);

    List<User> findByNameEquals(String name);

    List<User> findByNameNot(String name);

    List<User> findByAgeLessThan(int age);

    List<User> findByAgeLessThanEqual(Integer age);

    List<User> findByAgeGreaterThan(long age);

    List<User> findByAgeGreaterThanEqual(int age);

    List<User> findByCreatedAtBefore(Instant time);

    List<User> findByCreatedAtAfter(Instant time);

    List<User> findByAgeBetween(int low, int high);

    List<User> findByAgeIn(Collection<Integer> ages);

    List<User> findByAgeNotIn(Integer[] ages);

    List<User> findByEmailIsNull();

    List<User> findByEmailIsNotNull();

    List<User> findByNameStartingWith(String prefix);

    List<User> findByNameContaining(String text);

    List<User> findByNameNotContaining(String text);

    List<User> findByActiveTrue();

    List<User> findByActiveFalse();

    List<User> findDistinctByActiveTrue();

    List<User> findByAgeGreaterThanAndActiveTrue(int age);

    List<User> findByNameOrEmail(String name, String email);

    List<User> findByAgeLessThanOrAgeGreaterThanAndActiveFalse(int low, int high);

    List<User> readByName(String name);

    List<User> getByName(String name);

    List<User> queryByName(String name);

    List<User> searchByName(String name);

    Stream<User> streamByActiveTrue();

    User findByEmail(String email);

    Optional<User> findOptionalByEmail(String email);

    Collection<User> findCollectionByActiveFalse();

    Iterable<User> findIterableByActiveFalse();

    List<User> findTop2ByActiveTrue();

    Optional<User> findFirstByName(String name);

    List<User> findByActive(boolean active, Limit limit);

    long countByActiveTrue();

    int countByName(String name);

    boolean existsByEmail(String email);

    long deleteByActiveFalse();

    void removeByName(String name);

    List<User> deleteByAge(int age);

    List<UserName> findNamesByActiveTrue();

    List<UserContact> findContactsByActiveTrue();

    Optional<UserContact> findContactByEmail(String email);

    <T> List<T> findByActive(boolean active, Class<T> type);

    Window<User> findFirst2ByActiveTrue(ScrollPosition position);

    Window<UserName> findFirst3ByAgeGreaterThan(int age, ScrollPosition position);
}
