package dev.toasty.suite.repository;

import dev.toasty.spring.data.repository.ToastyRepository;
import dev.toasty.suite.models.User;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import java.util.List;

/** Methods that order or skip rows: backends with {@code arbitraryOrder} and {@code offset} only. */
public interface SortedUserRepository extends ToastyRepository<User, Long> {

    List<User> findByActiveTrueOrderByAgeDesc();

    List<User> findByActiveOrderByAgeAscNameDesc(boolean active);

    List<User> findByActive(boolean active, Sort sort);

    List<User> findTop2ByOrderByAgeDesc();

    Page<User> findByActive(boolean active, Pageable pageable);

    Slice<User> findSliceByActive(boolean active, Pageable pageable);

    Page<UserContact> findContactsByActiveTrue(Pageable pageable);

    Window<User> findFirst2ByActiveTrueOrderByAgeAsc(ScrollPosition position);
}
