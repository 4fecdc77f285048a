package dev.toasty.benchmarks.jpa;

import dev.toasty.benchmarks.ItemFilter;
import org.springframework.data.jpa.domain.PredicateSpecification;

/** S8's predicates as specifications, combined from the filter's non-null values. */
final class JpaItemSpecs {

    private JpaItemSpecs() {
    }

    static PredicateSpecification<JpaItem> matching(ItemFilter filter) {
        PredicateSpecification<JpaItem> spec = PredicateSpecification.unrestricted();
        if (filter.category() != null) {
            spec = spec.and(categoryIs(filter.category()));
        }
        if (filter.minQty() != null) {
            spec = spec.and(qtyAtLeast(filter.minQty()));
        }
        if (filter.active() != null) {
            spec = spec.and(activeIs(filter.active()));
        }
        return spec;
    }

    static PredicateSpecification<JpaItem> categoryIs(String category) {
        return (from, builder) -> builder.equal(from.get("category"), category);
    }

    static PredicateSpecification<JpaItem> qtyAtLeast(int qty) {
        return (from, builder) -> builder.greaterThanOrEqualTo(from.<Integer>get("qty"), qty);
    }

    static PredicateSpecification<JpaItem> activeIs(boolean active) {
        return (from, builder) -> builder.equal(from.get("active"), active);
    }
}
