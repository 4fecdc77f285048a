package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.repository.ListCrudRepository;

/** The users' Spring Data JDBC repository. */
public interface JdbcUserRepository extends ListCrudRepository<JdbcUser, Long> {
}
