package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.Set;

/** The user aggregate: a user with their posts, loaded and saved together. */
@Table("bench_user")
public record JdbcUser(@Id Long id, String name, String email, @MappedCollection(idColumn = "user_id") Set<JdbcPost> posts) {
}
