package dev.toasty.benchmarks.toasty;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.relation.BelongsTo;

/** {@code bench_post}: belongs to a user (S7). */
@Model
@Table("bench_post")
public record BenchPost(@Key long id, long userId, String title, String body, BelongsTo<BenchUser> user) {
}
