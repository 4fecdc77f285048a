package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.schema.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the keyset condition "rows after this boundary row in this order", null-aware, for cursor
 * pagination: {@code (a > va) OR (a = va AND b > vb) OR ...}, with each term following its direction
 * and null placement.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The rows strictly after the boundary {@code values} under {@code order} (one value per order item). */
    public static Expr after(List<OrderItem> order, List<Field> fields, Object[] values) {
        List<Expr> alternatives = new ArrayList<>();
        List<Expr> equalSoFar = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            OrderItem item = order.get(i);
            Expr column = item.expr();
            Expr beyond = beyond(item, fields.get(i).nullable(), column, values[i]);
            List<Expr> term = new ArrayList<>(equalSoFar);
            term.add(beyond);
            alternatives.add(Expr.and(term));
            equalSoFar.add(values[i] == null ? new ExprIsNull(column, false) : new ExprBinaryOp(BinaryOp.EQ, column, new ExprValue(values[i])));
        }
        return Expr.or(alternatives);
    }

    private static Expr beyond(OrderItem item, boolean nullable, Expr column, Object value) {
        boolean nullsLast = item.nullsLast();
        if (value == null) {
            return nullsLast ? Expr.FALSE : new ExprIsNull(column, true);
        }
        Expr compare = new ExprBinaryOp(item.descending() ? BinaryOp.LT : BinaryOp.GT, column, new ExprValue(value));
        return nullable && nullsLast ? Expr.or(List.of(compare, new ExprIsNull(column, false))) : compare;
    }

    /** The fields named by the order items, in order. */
    public static List<Field> fields(dev.toasty.schema.Model model, List<OrderItem> order) {
        return order.stream().map(o -> {
            if (!(o.expr() instanceof ExprPath p)) {
                throw new dev.toasty.UnsupportedFeatureException("ordering by " + o.expr().getClass().getSimpleName()
                        .replace("Expr", "").replace("JsonValue", "a value inside a JSON field"), "cursor pagination",
                        "order the cursor query by fields of the model, or page with offset");
            }
            return model.field(p.field());
        }).toList();
    }
}
