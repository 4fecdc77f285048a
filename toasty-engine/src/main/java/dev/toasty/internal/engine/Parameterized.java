package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.Statement;

/** A statement whose values were replaced by numbered arguments (the plan-cache key) and those values. */
public record Parameterized(Statement shape, Object[] args) {
}
