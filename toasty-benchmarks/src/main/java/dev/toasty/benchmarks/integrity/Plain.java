package dev.toasty.benchmarks.integrity;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;

/** {@code bench_plain}: {@code bench_account}'s columns without a version, for the upsert (which refuses versioned models). */
@Model
@Table("bench_plain")
public record Plain(@Key Long id, String owner, long balance, long version) {
}
