package dev.toasty.spring.boot;

import dev.toasty.ToastyBuilder;

/**
 * A bean that adjusts the {@link ToastyBuilder} before the auto-configured {@code Toasty} is built:
 * add a statement listener or observer, set the plan-cache size, and so on. Customizers run in
 * {@code @Order} order, after the {@code toasty.*} properties were applied.
 */
@FunctionalInterface
public interface ToastyBuilderCustomizer {

    void customize(ToastyBuilder builder);
}
