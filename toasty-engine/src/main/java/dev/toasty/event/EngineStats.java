package dev.toasty.event;

/**
 * Counters of one {@code Toasty} instance since it was built: plans cached by statement shape,
 * SQL rendered (one per cache miss), statements executed and failed.
 */
public record EngineStats(long planCacheHits, long planCacheMisses, long sqlRendered, long statementsExecuted,
                          long statementsFailed, int cachedPlans) {
}
