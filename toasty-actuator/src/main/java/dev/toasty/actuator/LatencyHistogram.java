package dev.toasty.actuator;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed log-linear histogram of durations in nanoseconds, in the manner of HdrHistogram: below 16 ns
 * every nanosecond has its bucket, and above that every power of two is split into 16 equal buckets, so a
 * bucket is at most 1/16 of its lower bound wide. A percentile is read at its bucket's middle, which is
 * within 1/32 (3.125%) of the recorded value; durations of 2^36 ns (68.7 s) or more share the last bucket.
 * Recording is one atomic increment; a read is not atomic across buckets.
 */
final class LatencyHistogram {

    /** The relative error of a value read from the histogram, against the value recorded. */
    static final double RELATIVE_ERROR = 1.0 / 32;

    private static final int SUB_BITS = 4;
    private static final int SUB = 1 << SUB_BITS;
    private static final int MAX_BITS = 36;
    static final int BUCKETS = (MAX_BITS - SUB_BITS) * SUB + SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet(bucket(nanos));
    }

    /**
     * The value at or below which {@code fraction} of the recorded values lie (the nearest-rank
     * percentile), as the middle of its bucket; 0 when nothing was recorded.
     */
    long percentile(double fraction) {
        long[] snapshot = new long[BUCKETS];
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            snapshot[i] = counts.get(i);
            total += snapshot[i];
        }
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += snapshot[i];
            if (seen >= rank) {
                return middle(i);
            }
        }
        return middle(BUCKETS - 1);
    }

    /** The bucket of a value: the value itself below 32, else its top five bits and its magnitude. */
    static int bucket(long nanos) {
        if (nanos < SUB) {
            return (int) Math.max(0, nanos);
        }
        int magnitude = 63 - Long.numberOfLeadingZeros(nanos);
        if (magnitude >= MAX_BITS) {
            return BUCKETS - 1;
        }
        int shift = magnitude - SUB_BITS;
        return shift * SUB + (int) (nanos >>> shift);
    }

    /** The middle of a bucket: its lower bound plus half its width, rounded down. */
    static long middle(int bucket) {
        if (bucket < 2 * SUB) {
            return bucket;
        }
        int shift = bucket / SUB - 1;
        long lower = (long) (bucket % SUB + SUB) << shift;
        return lower + ((1L << shift) - 1) / 2;
    }
}
