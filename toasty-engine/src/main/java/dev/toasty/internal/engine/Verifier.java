package dev.toasty.internal.engine;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.FieldType;

/**
 * Checks a lowered statement against the backend's {@link Capability} before any SQL is made, so that
 * what a backend cannot do is refused with a clear {@link UnsupportedFeatureException}.
 */
final class Verifier {

    private Verifier() {
    }

    static void verify(Lowering.Lowered lowered, Capability capability, int argCount) {
        if (argCount > capability.maxBindParameters()) {
            throw new UnsupportedFeatureException("statements with " + argCount + " values", capability.backend(),
                    "the limit is " + capability.maxBindParameters() + " bind parameters; split the IN list or the batch");
        }
        switch (lowered.statement()) {
            case Select s -> {
                verifyFilter(s.filter(), capability);
                for (OrderItem item : s.order()) {
                    if (!capability.decimalOrdering() && isDecimal(item.expr())) {
                        throw decimalOrdering(capability, "ordering by a BigDecimal field");
                    }
                }
            }
            case Update u -> verifyFilter(u.filter(), capability);
            case Delete d -> verifyFilter(d.filter(), capability);
            case Insert i -> {
                // values only: nothing a SQL backend could refuse
            }
        }
    }

    private static void verifyFilter(Expr filter, Capability capability) {
        Exprs.map(filter, e -> {
            if (!capability.decimalOrdering()) {
                if (e instanceof ExprBinaryOp b && b.op().isRange() && (isDecimal(b.lhs()) || isDecimal(b.rhs()))) {
                    throw decimalOrdering(capability, "range comparisons on a BigDecimal field");
                }
                if (e instanceof ExprBetween b && isDecimal(b.operand())) {
                    throw decimalOrdering(capability, "between on a BigDecimal field");
                }
            }
            return e;
        });
    }

    private static boolean isDecimal(Expr e) {
        return e instanceof ExprColumn c && c.column().type() == FieldType.DECIMAL;
    }

    private static UnsupportedFeatureException decimalOrdering(Capability capability, String feature) {
        return new UnsupportedFeatureException(feature, capability.backend(),
                "it stores BigDecimal exactly as text, which does not sort numerically; compare with eq/in, "
                        + "or store the amount as a long (for example cents)");
    }
}
