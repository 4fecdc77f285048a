package dev.toasty.benchmarks.integrity;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** {@code bench_account} without the version, for the upsert (which refuses versioned models). */
@Model
@Table("bench_account")
public record Plain(@Key Long id, String owner, long balance, long version) {
}
