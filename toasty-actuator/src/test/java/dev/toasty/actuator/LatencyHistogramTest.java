package dev.toasty.actuator;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTest {

    @Test
    void small_values_have_a_bucket_each() {
        for (long v = 0; v < 32; v++) {
            assertThat(LatencyHistogram.bucket(v)).isEqualTo((int) v);
            assertThat(LatencyHistogram.middle((int) v)).isEqualTo(v);
        }
    }

    @Test
    void every_value_lands_in_a_bucket_whose_middle_is_within_the_stated_error() {
        Random random = new Random(42);
        int previous = -1;
        for (long v = 0; v < 200_000; v++) {
            int bucket = LatencyHistogram.bucket(v);
            assertThat(bucket).isGreaterThanOrEqualTo(previous);
            previous = bucket;
        }
        for (int i = 0; i < 100_000; i++) {
            long v = 1 + (random.nextLong() >>> 28);
            long middle = LatencyHistogram.middle(LatencyHistogram.bucket(v));
            assertThat((double) Math.abs(middle - v) / v).isLessThanOrEqualTo(LatencyHistogram.RELATIVE_ERROR);
        }
    }

    @Test
    void values_past_the_range_share_the_last_bucket() {
        assertThat(LatencyHistogram.bucket(1L << 36)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.bucket(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.bucket((1L << 36) - 1)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.bucket(-5)).isZero();
    }

    @Test
    void percentiles_of_a_uniform_distribution_are_within_the_stated_error() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 10_000; micros++) {
            histogram.record(micros * 1_000);
        }
        assertThat(histogram.percentile(0.50)).isCloseTo(5_000_000L, within(5_000_000L / 32));
        assertThat(histogram.percentile(0.95)).isCloseTo(9_500_000L, within(9_500_000L / 32));
        assertThat(histogram.percentile(0.99)).isCloseTo(9_900_000L, within(9_900_000L / 32));
        assertThat(histogram.percentile(1.0)).isCloseTo(10_000_000L, within(10_000_000L / 32));
    }

    @Test
    void percentiles_of_a_skewed_distribution_match_the_exact_nearest_rank() {
        Random random = new Random(7);
        LatencyHistogram histogram = new LatencyHistogram();
        long[] values = new long[50_000];
        for (int i = 0; i < values.length; i++) {
            // log-normal around 200 µs with a long tail, like query latencies
            values[i] = (long) (200_000 * Math.exp(random.nextGaussian()));
            histogram.record(values[i]);
        }
        Arrays.sort(values);
        for (double fraction : new double[] {0.5, 0.95, 0.99}) {
            long exact = values[(int) Math.ceil(fraction * values.length) - 1];
            assertThat(histogram.percentile(fraction))
                    .as("p%s", fraction * 100)
                    .isCloseTo(exact, within((long) Math.ceil(exact * LatencyHistogram.RELATIVE_ERROR)));
        }
    }

    @Test
    void an_empty_histogram_reads_zero() {
        assertThat(new LatencyHistogram().percentile(0.99)).isZero();
    }
}
