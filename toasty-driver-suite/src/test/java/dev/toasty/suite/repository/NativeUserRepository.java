package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.Modifying;
import dev.toasty.spring.data.repository.Query;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.User;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** Native SQL through {@code @Query}: SQL backends only. */
public interface NativeUserRepository extends ToastyRepository<User, Long> {

    @Query("select * from users where age >= :min and active = :active order by age")
    List<User> adults(@Param("min") int minAge, boolean active);

    @Query("select * from users where email = :email")
    Optional<User> byEmail(String email);

    @Query("select * from users where name in (:names) order by name")
    List<UserContact> contacts(List<String> names);

    /** Rows of another model of the same instance: the method's return type says which. */
    @Query("select * from members where name <> :except order by name")
    List<dev.toasty.suite.models.blog.Member> membersExcept(String except);

    @Modifying
    @Query("update users set active = :active where age < :age")
    int setActiveBelow(int age, boolean active);

    @Modifying
    @Query("delete from users where name = :name")
    void deleteNamed(String name);
}
