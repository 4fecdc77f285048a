package dev.toasty.suite.types;

import dev.toasty.Toasty;
import dev.toasty.suite.Backend;
import dev.toasty.suite.DriverTest;
import dev.toasty.suite.models.Everything;
import dev.toasty.suite.models.types.JsonDoc;
import dev.toasty.suite.models.types.Mood;
import dev.toasty.suite.models.types.Priority;
import dev.toasty.suite.models.types.Tagged;
import dev.toasty.suite.models.types.Timed;
import dev.toasty.suite.models.types.Typed;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated round trip: {@value #COUNT} random values per type, from a fixed seed (another one with
 * {@code -Dtoasty.types.seed=...}), inserted together and read back equal. A failure names the seed, the
 * value's number and the value, with every non-ASCII character escaped.
 */
class GeneratedValuesTest {

    static final int COUNT = 200;
    static final long SEED = Long.getLong("toasty.types.seed", 20_240_229L);

    /**
     * Field by field: decimals by value (a backend may give 1.5 back as 1.50), floats and doubles bit for bit
     * (AssertJ would otherwise allow a small difference, and -0.0 for 0.0), byte arrays and lists by their
     * elements in order, JSON trees with their own equality: the generated trees are the ones Jackson parses
     * from their text ({@link RandomValues#json()}), so an int node stays an int node and 1.0 a double.
     */
    private static final RecursiveComparisonConfiguration EXACT = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .withComparatorForType(Double::compare, Double.class).withComparatorForType(Float::compare, Float.class)
            .withEqualsForType(JsonNode::equals, JsonNode.class).build();

    @DriverTest
    void scalarsOfEverything(Toasty db, Backend backend) {
        RandomValues r = new RandomValues(SEED, backend);
        check(db, Everything.class, Everything::id, generate(() -> new Everything(null, r.orNull(() -> r.string(40)),
                r.orNull(() -> Boolean.TRUE), false, null, (byte) 0, null, (short) 0, r.orNull(r::intValue), r.intValue(),
                r.orNull(r::longValue), r.longValue(), r.orNull(r::floatValue), r.floatValue(), r.orNull(r::doubleValue),
                r.doubleValue(), r.orNull(r::decimal), r.orNull(r::uuid), r.orNull(r::bytes), r.orNull(r::instant),
                r.orNull(r::date), r.orNull(r::dateTime))));
    }

    @DriverTest
    void typed(Toasty db, Backend backend) {
        RandomValues r = new RandomValues(SEED, backend);
        check(db, Typed.class, Typed::id, generate(() -> new Typed(null, r.string(10), r.orNull(r::status),
                r.orNull(() -> Priority.values()[Math.floorMod(r.intValue(), Priority.values().length)]),
                r.orNull(() -> Mood.values()[Math.floorMod(r.intValue(), Mood.values().length)]), r.charValue(),
                r.orNull(r::charValue), r.orNull(r::decimal12x2), r.orNull(r::floatValue), r.orNull(r::doubleValue),
                r.orNull(() -> r.string(200)), r.orNull(r::uuid), r.orNull(r::bytes))));
    }

    @DriverTest
    void timed(Toasty db, Backend backend) {
        RandomValues r = new RandomValues(SEED, backend);
        check(db, Timed.class, Timed::id, generate(() -> new Timed(null, r.string(5), r.orNull(r::duration),
                r.orNull(r::time), r.orNull(r::offset), r.orNull(r::zoned), r.orNull(r::instant), r.orNull(r::date),
                r.orNull(r::dateTime))));
    }

    @DriverTest
    void arrays(Toasty db, Backend backend) {
        RandomValues r = new RandomValues(SEED, backend);
        check(db, Tagged.class, Tagged::id, generate(() -> new Tagged(null, r.string(5),
                r.orNull(() -> r.list(6, () -> r.string(12))), r.orNull(() -> r.set(6, r::intValue)),
                r.orNull(() -> r.list(4, r::uuid)), r.orNull(() -> r.list(4, r::status)))));
    }

    @DriverTest
    void json(Toasty db, Backend backend) {
        RandomValues r = new RandomValues(SEED, backend);
        check(db, JsonDoc.class, JsonDoc::id, generate(() -> new JsonDoc(null, r.string(5), null,
                r.orNull(() -> Map.of("text", r.string(30), "list", r.list(4, () -> r.string(4)))), r.orNull(r::json),
                null)));
    }

    private static <M> List<M> generate(Supplier<M> value) {
        List<M> out = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            out.add(value.get());
        }
        return out;
    }

    private static <M> void check(Toasty db, Class<M> model, Function<M, Long> id, List<M> values) {
        // DynamoDB writes at most 100 actions atomically, unique side items included: insert in small batches
        List<M> saved = new ArrayList<>(values.size());
        for (int from = 0; from < values.size(); from += 25) {
            saved.addAll(db.insertAll(values.subList(from, Math.min(values.size(), from + 25))));
        }
        Map<Long, M> read = db.query(model).list().stream().collect(Collectors.toMap(id, m -> m));
        assertThat(read).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            M expected = saved.get(i);
            assertThat(read.get(id.apply(expected)))
                    .as("seed %d (rerun with -Dtoasty.types.seed=%d), %s #%d: %s", SEED, SEED, model.getSimpleName(), i,
                            escaped(String.valueOf(expected)))
                    .usingRecursiveComparison(EXACT).isEqualTo(expected);
        }
    }

    /** The text with every character outside printable ASCII as a Java escape, so that a failing value can be pasted back. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
