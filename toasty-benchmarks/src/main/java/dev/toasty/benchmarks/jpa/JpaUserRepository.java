package dev.toasty.benchmarks.jpa;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** The users' Spring Data repository; {@link #findAll()} fetches the posts in the same query. */
public interface JpaUserRepository extends JpaRepository<JpaUser, Long> {

    @Override
    @EntityGraph(attributePaths = "posts")
    List<JpaUser> findAll();
}
