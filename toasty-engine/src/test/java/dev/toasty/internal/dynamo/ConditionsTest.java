package dev.toasty.internal.dynamo;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.internal.engine.ArgSpec;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.schema.Column;
import dev.toasty.schema.Conversion;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Storage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filter expressions on array fields: tests per element, written out per execution, and sizes. */
class ConditionsTest {

    private static final Column ID = new Column("posts", "id", FieldType.STRING, false, false, 0);

    /** {@code List<Level> levels}, stored as the levels' names. */
    private static final Column LEVELS = new Column("posts", "levels", FieldType.ARRAY, true, false, 1,
            new Storage(new Conversion() {
                @Override
                public Object toStored(Object value) {
                    List<Object> out = new ArrayList<>();
                    for (Object e : (Iterable<?>) value) {
                        out.add(((Level) e).name().toLowerCase());
                    }
                    return out;
                }

                @Override
                public Object fromStored(Object stored) {
                    return stored;
                }
            }, 0, 0, false, FieldType.STRING, null, List.of()));

    private static final Column SCORES = new Column("posts", "scores", FieldType.ARRAY, false, false, 2,
            new Storage(null, 0, 0, false, FieldType.INT, null, List.of()));

    enum Level { LOW, HIGH }

    private static final ArgSpec[] SPECS = {ArgSpec.of(LEVELS), new ArgSpec(FieldType.LONG, null)};

    private static Expr containsAll(Column column, int arg) {
        return new ExprArrayOp(ExprArrayOp.Op.CONTAINS_ALL, new ExprColumn(column), new ExprArg(arg));
    }

    @Test
    void containsAllIsOneContainsPerElementOfThisExecution() {
        Conditions conditions = new Conditions(SPECS, ID);
        String filter = conditions.filter(containsAll(LEVELS, 0));
        assertThat(filter).isEqualTo("contains_all(#levels, :a0)");

        Bindings.Bound bound = conditions.bindings().bind(new Object[]{List.of(Level.HIGH, Level.LOW), null});
        assertThat(bound.expand(filter)).isEqualTo("(contains(#levels, :a0_0) AND contains(#levels, :a0_1))");
        assertThat(bound.values()).isEqualTo(Map.of(":a0_0", AttributeValue.fromS("high"), ":a0_1", AttributeValue.fromS("low")));

        Bindings.Bound one = conditions.bindings().bind(new Object[]{List.of(Level.LOW), null});
        assertThat(one.expand(filter)).isEqualTo("(contains(#levels, :a0_0))");
        assertThat(one.values()).containsOnlyKeys(":a0_0");
    }

    @Test
    void overlapsIsAnOrAndItsNegationSkipsItemsWithoutTheList() {
        Conditions conditions = new Conditions(SPECS, ID);
        String filter = conditions.filter(new ExprNot(new ExprArrayOp(ExprArrayOp.Op.OVERLAPS, new ExprColumn(LEVELS), new ExprArg(0))));
        Bindings.Bound bound = conditions.bindings().bind(new Object[]{List.of(Level.HIGH, Level.LOW), null});
        assertThat(bound.expand(filter))
                .isEqualTo("(attribute_exists(#levels) AND NOT (contains(#levels, :a0_0) OR contains(#levels, :a0_1)))");
    }

    @Test
    void sizeComparesWithANumberAndNeedsTheAttribute() {
        Conditions conditions = new Conditions(SPECS, ID);
        String filter = conditions.filter(new ExprBinaryOp(BinaryOp.GE, new ExprArraySize(new ExprColumn(LEVELS)), new ExprArg(1)));
        assertThat(filter).isEqualTo("attribute_exists(#levels) AND size(#levels) >= :a1");
        assertThat(conditions.bindings().bind(new Object[]{null, 2L}).values()).isEqualTo(Map.of(":a1", AttributeValue.fromN("2")));

        Conditions required = new Conditions(new ArgSpec[]{new ArgSpec(FieldType.LONG, null)}, ID);
        assertThat(required.filter(new ExprBinaryOp(BinaryOp.EQ, new ExprArraySize(new ExprColumn(SCORES)), new ExprArg(0))))
                .isEqualTo("size(#scores) = :a0");
    }

    @Test
    void aWholeArrayComparedForEqualityBindsAsAList() {
        Conditions conditions = new Conditions(new ArgSpec[]{ArgSpec.of(SCORES)}, ID);
        String filter = conditions.filter(new ExprBinaryOp(BinaryOp.EQ, new ExprColumn(SCORES), new ExprArg(0)));
        assertThat(filter).isEqualTo("#scores = :a0");
        assertThat(conditions.bindings().bind(new Object[]{List.of(1, 2)}).values())
                .isEqualTo(Map.of(":a0", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2")))));
    }

    @Test
    void anExpansionLongerThanDynamoDbTakesIsRefused() {
        Conditions conditions = new Conditions(new ArgSpec[]{ArgSpec.of(SCORES)}, ID);
        String filter = conditions.filter(containsAll(SCORES, 0));
        List<Integer> many = IntStream.range(0, 300).boxed().toList();
        assertThatThrownBy(() -> conditions.bindings().bind(new Object[]{many}).expand(filter))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("4096");
    }
}
