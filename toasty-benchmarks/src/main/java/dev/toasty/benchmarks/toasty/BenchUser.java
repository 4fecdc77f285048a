package dev.toasty.benchmarks.toasty;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.relation.HasMany;

/** {@code bench_user}, with its posts (S7). */
@Model
@Table("bench_user")
public record BenchUser(@Key long id, String name, String email, HasMany<BenchPost> posts) {
}
