package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces every literal value of a statement with a numbered argument. Statements that differ only
 * in their values come out equal, so the result is the key of the plan cache.
 */
public final class Parameterizer {

    private final List<Object> args = new ArrayList<>();

    private Parameterizer() {
    }

    public static Parameterized split(Statement statement) {
        Parameterizer p = new Parameterizer();
        Statement shape = p.statement(statement);
        return new Parameterized(shape, p.args.toArray());
    }

    private Statement statement(Statement statement) {
        return switch (statement) {
            case Select s -> new Select(s.model(), expr(s.filter()),
                    s.order().stream().map(o -> o.withExpr(expr(o.expr()))).toList(),
                    s.limit() == null ? null : expr(s.limit()), s.offset() == null ? null : expr(s.offset()), s.returning(),
                    s.allowScan(), s.fields(), s.via(), s.deferred(), s.lock());
            case Insert i -> new Insert(i.model(), i.fields(), rows(i.rows()), i.returnKeys(), i.onConflict());
            case Update u -> new Update(u.model(),
                    u.assignments().stream().map(a -> new Update.Assignment(a.field(), expr(a.value()))).toList(),
                    expr(u.filter()));
            case Delete d -> new Delete(d.model(), expr(d.filter()));
        };
    }

    /** An insert's rows, without streams: bulk inserts carry tens of thousands of values. */
    private List<List<Expr>> rows(List<List<Expr>> rows) {
        List<Expr>[] out = newRows(rows.size());
        for (int r = 0; r < out.length; r++) {
            List<Expr> row = rows.get(r);
            Expr[] shaped = new Expr[row.size()];
            for (int c = 0; c < shaped.length; c++) {
                Expr e = row.get(c);
                if (e instanceof ExprValue v) {
                    args.add(v.value());
                    shaped[c] = new ExprArg(args.size() - 1);
                } else {
                    shaped[c] = expr(e);
                }
            }
            out[r] = List.of(shaped);
        }
        return List.of(out);
    }

    @SuppressWarnings("unchecked")
    private static List<Expr>[] newRows(int n) {
        return (List<Expr>[]) new List<?>[n];
    }

    private Expr expr(Expr expr) {
        return Exprs.map(expr, e -> {
            if (e instanceof ExprValue v) {
                args.add(v.value());
                return new ExprArg(args.size() - 1);
            }
            return e;
        });
    }
}
