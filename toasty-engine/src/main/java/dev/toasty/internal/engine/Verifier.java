package dev.toasty.internal.engine;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.ExprLower;
import dev.toasty.internal.stmt.MatchKind;
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
public final class Verifier {

    private Verifier() {
    }

    public static void verify(Lowering.Lowered lowered, Capability capability, int argCount) {
        if (argCount > capability.maxBindParameters()) {
            throw new UnsupportedFeatureException("statements with " + argCount + " values", capability.backend(),
                    "the limit is " + capability.maxBindParameters() + " bind parameters; split the IN list or the batch");
        }
        switch (lowered.statement()) {
            case Select s -> {
                verifyFilter(s.filter(), capability);
                if (s.offset() != null && !capability.offset()) {
                    throw new UnsupportedFeatureException("offset(...)", capability.backend(),
                            "page with paginate(size) and after(cursor) instead");
                }
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
            verifyMatch(e, capability);
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

    private static void verifyMatch(Expr e, Capability capability) {
        if (e instanceof ExprLower && !capability.ignoreCase()) {
            throw new UnsupportedFeatureException("case-insensitive matching (the ...IgnoreCase filters)", capability.backend(),
                    "store a lower-cased copy of the field and compare with it");
        }
        if (e instanceof ExprLike l && l.kind() == MatchKind.LIKE && !capability.like()) {
            throw new UnsupportedFeatureException("like(...) patterns", capability.backend(),
                    "use startsWith(...) or contains(...)");
        }
        if (e instanceof ExprLike l && l.kind() == MatchKind.ENDS_WITH && !capability.endsWith()) {
            throw new UnsupportedFeatureException("endsWith(...)", capability.backend(),
                    "store the reversed text in a field and use startsWith(...) on it");
        }
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
