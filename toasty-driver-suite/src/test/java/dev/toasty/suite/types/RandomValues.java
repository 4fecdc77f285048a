package dev.toasty.suite.types;

import dev.toasty.suite.Backend;
import dev.toasty.suite.models.types.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random values of every stored type, from one seeded {@link Random}, within what the backend keeps:
 * no U+0000 in text (PostgreSQL text cannot hold it), instants from 1900 to 2100 at the backend's
 * {@link Precision}, doubles inside DynamoDB's number range there, JSON numbers without exponents.
 * Not thread-safe.
 */
final class RandomValues {

    private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-12-31T23:59:59Z").getEpochSecond();
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final String SPECIAL = "'\"\\%_`;-\n\r\t ";

    private final Random random;
    private final Backend backend;
    private final ChronoUnit precision;

    RandomValues(long seed, Backend backend) {
        this.random = new Random(seed);
        this.backend = backend;
        this.precision = Precision.of(backend);
    }

    /** Up to {@code maxCodePoints} code points: ASCII, specials, other BMP characters, supplementary ones, controls. */
    String string(int maxCodePoints) {
        int n = random.nextInt(maxCodePoints + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            int cp;
            if (kind < 4) {
                cp = 0x20 + random.nextInt(0x5F);
            } else if (kind < 5) {
                cp = SPECIAL.charAt(random.nextInt(SPECIAL.length()));
            } else if (kind < 7) {
                do {
                    cp = 0x80 + random.nextInt(0x10000 - 0x80);
                } while (Character.isSurrogate((char) cp));
            } else if (kind < 9) {
                cp = 0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF);
            } else {
                cp = 1 + random.nextInt(0x1F);
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    long longValue() {
        return switch (random.nextInt(20)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> 0L;
            default -> random.nextLong();
        };
    }

    int intValue() {
        return switch (random.nextInt(20)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> 0;
            default -> random.nextInt();
        };
    }

    /** Any finite double but negative zero, from random bits; on DynamoDB only magnitudes from 1E-130 to below 1E126. */
    double doubleValue() {
        while (true) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d) && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0) && storable(d)) {
                return d;
            }
        }
    }

    float floatValue() {
        while (true) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f) && Float.floatToRawIntBits(f) != Float.floatToRawIntBits(-0.0f)) {
                return f;
            }
        }
    }

    private boolean storable(double d) {
        return !backend.name().equals("dynamodb") || d == 0 || (Math.abs(d) >= 1e-130 && Math.abs(d) < 1e126);
    }

    /** Up to 25 digits, up to 20 after the point: inside MySQL's DECIMAL(65,30) and DynamoDB's 38 digits. */
    BigDecimal decimal() {
        BigInteger unscaled = new BigInteger(83, random);
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(21));
    }

    /** A value of {@code @Decimal(precision = 12, scale = 2)}: at most ten digits before the point. */
    BigDecimal decimal12x2() {
        long unscaled = random.nextLong() % 1_000_000_000_000L;
        return BigDecimal.valueOf(unscaled, 2);
    }

    char charValue() {
        return (char) random.nextInt(0x10000);
    }

    byte[] bytes() {
        byte[] out = new byte[random.nextInt(65)];
        random.nextBytes(out);
        return out;
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Instant instant() {
        Instant at = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)), random.nextInt(1_000_000_000));
        return at.truncatedTo(precision);
    }

    LocalDate date() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    java.time.LocalDateTime dateTime() {
        return java.time.LocalDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    LocalTime time() {
        return LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_400_000_000_000L)).truncatedTo(precision);
    }

    Duration duration() {
        return Duration.ofNanos(longValue());
    }

    ZonedDateTime zoned() {
        return ZonedDateTime.ofInstant(instant(), ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))));
    }

    OffsetDateTime offset() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1)));
    }

    Status status() {
        return Status.values()[random.nextInt(Status.values().length)];
    }

    <T> T orNull(Supplier<T> value) {
        return random.nextInt(10) == 0 ? null : value.get();
    }

    <T> List<T> list(int max, Supplier<T> element) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            out.add(element.get());
        }
        return out;
    }

    <T> Set<T> set(int max, Supplier<T> element) {
        return new LinkedHashSet<>(list(max, element));
    }

    /**
     * A JSON object of text, integers, a plain decimal, a boolean, a null, an array and a random key. Decimals
     * stay between 0.001 and 1E7, written without an exponent, which PostgreSQL's {@code jsonb} would rewrite,
     * and have a fraction, which DynamoDB would otherwise trim.
     */
    JsonNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.put("s", string(20));
        node.put("n", longValue());
        node.put("i", random.nextInt());
        double d = Math.round((0.001 + random.nextDouble() * 9_999_999) * 1000) / 1000.0;
        // never a whole number: DynamoDB trims 2.0 to 2, as documented and tested in JsonTypesTest
        node.put("d", (d == Math.rint(d) ? d + 0.5 : d) * (random.nextBoolean() ? 1 : -1));
        node.put("b", random.nextBoolean());
        node.putNull("z");
        var array = node.putArray("a");
        list(5, () -> string(5)).forEach(array::add);
        node.put("k" + string(8), string(8));
        // the tree Jackson reads from the text, as any backend's JSON comes back: 0 as an int node, not a long one
        return JsonMapper.shared().readTree(node.toString());
    }
}
