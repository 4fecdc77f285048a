package dev.toasty.benchmarks.toasty;

import dev.toasty.spring.data.repository.ToastyRepository;

/** S9: Toasty's Spring Data repository for items. */
public interface ItemRepository extends ToastyRepository<Item, Long> {
}
