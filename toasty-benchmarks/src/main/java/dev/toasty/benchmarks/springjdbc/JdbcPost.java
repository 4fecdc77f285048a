package dev.toasty.benchmarks.springjdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A post, part of its user's aggregate; its {@code user_id} is the aggregate's back reference, not a property. */
@Table("bench_post")
public record JdbcPost(@Id Long id, String title, String body) {
}
