package dev.toasty.internal.dynamo;

import dev.toasty.ToastyException;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter between retries of unprocessed batch work: 50 ms, 100 ms, ... up to 5 s. */
final class Backoff {

    private Backoff() {
    }

    static void sleep(int attempt) {
        long cap = Math.min(5000, 50L << Math.min(attempt, 10));
        try {
            Thread.sleep(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToastyException("Interrupted while retrying unprocessed DynamoDB work", e);
        }
    }
}
