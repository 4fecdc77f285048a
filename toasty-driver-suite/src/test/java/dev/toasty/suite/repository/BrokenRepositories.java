package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.Query;
import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.User;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Page;

import java.util.List;

/** Repositories with one faulty method each, for the checks made when a repository is created. */
final class BrokenRepositories {

    private BrokenRepositories() {
    }

    interface Misspelled extends ToastyRepository<User, Long> {
        List<User> findByNmae(String name);
    }

    interface TooFewArguments extends ToastyRepository<User, Long> {
        List<User> findByAgeBetween(int low);
    }

    interface TooManyArguments extends ToastyRepository<User, Long> {
        List<User> findByName(String name, String extra);
    }

    interface WrongType extends ToastyRepository<User, Long> {
        List<User> findByAge(String age);
    }

    interface Regex extends ToastyRepository<User, Long> {
        List<User> findByNameRegex(String pattern);
    }

    interface Empty extends ToastyRepository<User, Long> {
        List<User> findByNameIsEmpty();
    }

    interface LikeOnNumber extends ToastyRepository<User, Long> {
        List<User> findByAgeLike(Integer age);
    }

    interface Like extends ToastyRepository<User, Long> {
        List<User> findByNameLike(String pattern);
    }

    interface EndingWith extends ToastyRepository<User, Long> {
        List<User> findByNameEndingWith(String suffix);
    }

    interface IgnoreCase extends ToastyRepository<User, Long> {
        List<User> findByNameIgnoreCase(String name);
    }

    interface OrderBy extends ToastyRepository<User, Long> {
        List<User> findByActiveTrueOrderByAgeDesc();
    }

    interface Paged extends ToastyRepository<User, Long> {
        Page<User> findByActive(boolean active, Pageable pageable);
    }

    interface UnknownOrder extends ToastyRepository<User, Long> {
        List<User> findByActiveTrueOrderByHeightDesc();
    }

    interface BadProjection extends ToastyRepository<User, Long> {
        List<Height> findHeightsByActiveTrue();
    }

    interface UnboundSqlParameter extends ToastyRepository<User, Long> {
        @Query("select * from users where name = :name and age = :age")
        List<User> named(String name);
    }

    interface NativeSql extends ToastyRepository<User, Long> {
        @Query("select * from users")
        List<User> everyone();
    }

    interface PagedSql extends ToastyRepository<User, Long> {
        @Query("select * from users")
        org.springframework.data.domain.Page<User> everyone(org.springframework.data.domain.Pageable page);
    }

    /** Not a projection of User: it has no field 'height'. */
    record Height(String name, int height) {
    }
}
