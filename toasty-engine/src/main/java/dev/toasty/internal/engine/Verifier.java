package dev.toasty.internal.engine;

import dev.toasty.driver.Feature;

import dev.toasty.UnsupportedFeatureException;
import dev.toasty.driver.Capability;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.NullOrder;
import dev.toasty.internal.stmt.ExprLower;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.RowLock;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Update;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

/**
 * Checks a lowered statement against the backend's {@link Capability} before any SQL is made, so that
 * what a backend cannot do is refused with a clear {@link UnsupportedFeatureException}.
 */
public final class Verifier {

    private Verifier() {
    }

    /**
     * A statement shape lowered to columns, then checked against the capability; {@link Planning} calls it for
     * execution and for {@code PlanPreview} alike.
     */
    public static Lowering.Lowered checked(Statement shape, Model model, int argCount, Capability capability) {
        Lowering.Lowered lowered = Lowering.lower(shape, model, argCount);
        verify(lowered.statement(), capability, argCount);
        return lowered;
    }

    /** Refuses what the backend cannot do in a lowered statement (columns and numbered arguments). */
    public static void verify(Statement lowered, Capability capability, int argCount) {
        if (argCount > capability.maxBindParameters()) {
            throw new UnsupportedFeatureException("statements with " + argCount + " values", capability.backend(),
                    "the limit is " + capability.maxBindParameters() + " bind parameters; split the IN list or the batch");
        }
        switch (lowered) {
            case Select s -> {
                verifyFilter(s.filter(), capability);
                if (s.offset() != null && !capability.has(Feature.OFFSET)) {
                    throw new UnsupportedFeatureException("offset(...)", capability.backend(),
                            "page with paginate(size) and after(cursor) instead");
                }
                for (OrderItem item : s.order()) {
                    verifyOrder(item, capability);
                }
                if (s.lock() != null) {
                    verifyLock(s.lock(), capability);
                }
            }
            case Update u -> verifyFilter(u.filter(), capability);
            case Delete d -> verifyFilter(d.filter(), capability);
            case Insert i -> {
                // values only: nothing a SQL backend could refuse
            }
        }
    }

    private static void verifyLock(RowLock lock, Capability capability) {
        if (!capability.has(Feature.ROW_LOCKS)) {
            // with transactions but no row locks (SQLite) a write transaction takes the database's lock at its start
            throw new UnsupportedFeatureException("row locks (forUpdate(), forShare())", capability.backend(),
                    capability.has(Feature.TRANSACTIONS)
                            ? "a write transaction locks the whole database: read and write inside db.transaction(...), "
                                    + "which takes the write lock at its start (BEGIN IMMEDIATE)"
                            : "guard the write instead: a @Version field (optimistic locking) or a conditional write, "
                                    + "see docs/integrity.md");
        }
        if (lock.strength() == RowLock.Strength.SHARE && !capability.has(Feature.SHARED_LOCKS)) {
            throw new UnsupportedFeatureException("shared row locks (forShare())", capability.backend(), "lock with forUpdate()");
        }
        if (lock.onLocked() == RowLock.Wait.SKIP_LOCKED && !capability.has(Feature.SKIP_LOCKED)) {
            throw new UnsupportedFeatureException("skipLocked()", capability.backend(),
                    "wait for the lock, or fail at once with noWait() and retry");
        }
        if (lock.onLocked() == RowLock.Wait.NO_WAIT && !capability.has(Feature.NOWAIT)) {
            throw new UnsupportedFeatureException("noWait()", capability.backend(), "wait for the lock (the server's lock timeout applies)");
        }
    }

    private static void verifyOrder(OrderItem item, Capability capability) {
        if (!capability.has(Feature.DECIMAL_ORDERING) && isDecimal(item.expr())) {
            throw decimalOrdering(capability, "ordering by a BigDecimal field");
        }
        if (item.nulls() != NullOrder.DEFAULT && !capability.has(Feature.NULLS_ORDERING)) {
            throw new UnsupportedFeatureException("NULLS FIRST/LAST in ORDER BY", capability.backend(),
                    "order by a required field, or accept the backend's null placement");
        }
        if (!capability.has(Feature.JSON_PATHS) && mentionsJsonValue(item.expr())) {
            throw new UnsupportedFeatureException("ordering by a value inside a JSON field", capability.backend(),
                    "sort in Java after reading, or use a SQL backend");
        }
    }

    private static void verifyFilter(Expr filter, Capability capability) {
        if (!capability.has(Feature.JSON_PATHS) && mentionsJsonValue(filter)) {
            // a document path could be filtered on in DynamoDB, but not with SQL's meaning (numbers compared as
            // doubles, a missing key or JSON null as NULL), so answers would differ from the SQL backends'
            throw new UnsupportedFeatureException("filtering on a value inside a JSON field", capability.backend(),
                    "filter in Java after reading, or use a SQL backend");
        }
        Exprs.map(filter, e -> {
            verifyMatch(e, capability);
            if (!capability.has(Feature.DECIMAL_ORDERING)) {
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
        if (e instanceof ExprLower && !capability.has(Feature.IGNORE_CASE)) {
            throw new UnsupportedFeatureException("case-insensitive matching (the ...IgnoreCase filters)", capability.backend(),
                    "store a lower-cased copy of the field and compare with it");
        }
        if (e instanceof ExprLike l && l.kind() == MatchKind.LIKE && !capability.has(Feature.LIKE)) {
            throw new UnsupportedFeatureException("like(...) patterns", capability.backend(),
                    "use startsWith(...) or contains(...)");
        }
        if (e instanceof ExprLike l && l.kind() == MatchKind.ENDS_WITH && !capability.has(Feature.ENDS_WITH)) {
            throw new UnsupportedFeatureException("endsWith(...)", capability.backend(),
                    "store the reversed text in a field and use startsWith(...) on it");
        }
    }

    private static boolean mentionsJsonValue(Expr e) {
        boolean[] found = new boolean[1];
        Exprs.map(e, x -> {
            found[0] |= x instanceof ExprJsonValue;
            return x;
        });
        return found[0];
    }

    /**
     * Refuses an operation that needs {@code feature} before anything runs: the API-level refusals
     * (transactions, generated keys) live here beside the statement checks, in one place.
     */
    public static void require(Capability capability, Feature feature, String what, String fix) {
        if (!capability.has(feature)) {
            throw new UnsupportedFeatureException(what, capability.backend(), fix);
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
