package dev.toasty.internal.dynamo;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.annotation.Key;
import dev.toasty.annotation.Model;
import dev.toasty.internal.engine.Verifier;
import dev.toasty.internal.mapping.SchemaBuilder;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DynamoDB refuses values inside JSON fields, in filters and in orders, in the verify pass (before any planning or request). */
class JsonValueRefusalTest {

    @Model
    record Note(@Key String id, String body) {
    }

    private static final dev.toasty.schema.Model NOTE = SchemaBuilder.build(List.of(Note.class)).model(Note.class);

    private static Expr lang() {
        return new ExprJsonValue(new ExprColumn(NOTE.field("body").column()), List.of("lang"), ExprJsonValue.Kind.TEXT);
    }

    private static Expr onKey() {
        return new ExprBinaryOp(BinaryOp.EQ, new ExprColumn(NOTE.field("id").column()), new ExprArg(0));
    }

    @Test
    void aFilterOnAValueInsideJsonIsRefusedEvenBesideAKeyLookup() {
        Select select = new Select(Note.class, Expr.and(List.of(onKey(), new ExprBinaryOp(BinaryOp.EQ, lang(), new ExprArg(1)))),
                List.of(), null, null, Select.Returning.ROWS, true);
        assertThatThrownBy(() -> Verifier.verify(select, DynamoDriver.CAPABILITY, 2))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessage("dynamodb does not support filtering on a value inside a JSON field: "
                        + "filter in Java after reading, or use a SQL backend");
    }

    @Test
    void anOrderByAValueInsideJsonIsRefused() {
        Select select = new Select(Note.class, onKey(), List.of(new OrderItem(lang(), false, NullOrder.DEFAULT)), null, null,
                Select.Returning.ROWS, true);
        assertThatThrownBy(() -> Verifier.verify(select, DynamoDriver.CAPABILITY, 2))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("dynamodb does not support ordering by a value inside a JSON field");
    }
}
