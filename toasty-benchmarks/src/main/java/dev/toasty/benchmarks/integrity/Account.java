package dev.toasty.benchmarks.integrity;

import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.annotation.Table;
import dev.toasty.annotation.Version;

/** {@code bench_account} as a Toasty model: a versioned record. */
@Model
@Table("bench_account")
public record Account(@Key Long id, String owner, long balance, @Version Long version) {

    Account withBalance(long next) {
        return new Account(id, owner, next, version);
    }
}
