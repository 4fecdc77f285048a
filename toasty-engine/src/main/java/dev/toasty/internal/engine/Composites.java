package dev.toasty.internal.engine;

import dev.toasty.internal.mapping.ModelMapper;
import dev.toasty.internal.stmt.BinaryOp;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Exprs;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Field;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites conditions on a member stored in several fields (an embedded record, a value converted to a
 * record) into conditions on those fields: {@code eq} is every field equal, {@code isNull} every field
 * null, an order is the fields' orders in turn. Runs before parameterizing, so the values it splits become
 * the fields' own arguments.
 */
final class Composites {

    private Composites() {
    }

    static Statement expand(Statement statement, Schema schema) {
        return switch (statement) {
            case Select s -> new Select(s.model(), expr(s.filter(), schema), order(s.order(), schema), s.limit(), s.offset(),
                    s.returning(), s.allowScan(), s.fields(), s.via(), s.deferred(), s.lock());
            case Update u -> new Update(u.model(), u.assignments(), expr(u.filter(), schema));
            case Delete d -> new Delete(d.model(), expr(d.filter(), schema));
            case Insert i -> i;
        };
    }

    private static Expr expr(Expr filter, Schema schema) {
        return Exprs.map(filter, e -> switch (e) {
            case ExprBinaryOp b when span(b.lhs(), schema) != null -> compare(b, schema);
            case ExprIsNull n when span(n.operand(), schema) != null -> {
                Expr all = Expr.and(fields((ExprPath) n.operand(), schema).stream()
                        .map(f -> (Expr) new ExprIsNull(f, false)).toList());
                yield n.negated() ? Expr.not(all) : all;
            }
            case ExprInList in when span(in.operand(), schema) != null -> {
                Expr any = Expr.or(in.list().stream().map(v -> equal((ExprPath) in.operand(), v, schema)).toList());
                yield in.negated() ? Expr.not(any) : any;
            }
            default -> e;
        });
    }

    private static Expr compare(ExprBinaryOp b, Schema schema) {
        ExprPath path = (ExprPath) b.lhs();
        if (b.op() != BinaryOp.EQ && b.op() != BinaryOp.NE) {
            throw new IllegalArgumentException(path.model().getSimpleName() + "." + path.field()
                    + " is stored in several columns: it can be compared with eq and ne only, or filtered on its components");
        }
        Expr eq = equal(path, b.rhs(), schema);
        return b.op() == BinaryOp.EQ ? eq : Expr.not(eq);
    }

    private static Expr equal(ExprPath path, Expr value, Schema schema) {
        if (!(value instanceof ExprValue v)) {
            throw new IllegalArgumentException(path.model().getSimpleName() + "." + path.field()
                    + " is stored in several columns and compares with values only");
        }
        Object[] parts = mapper(path, schema).split(path.field(), v.value());
        List<ExprPath> fields = fields(path, schema);
        List<Expr> terms = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            terms.add(parts[i] == null ? new ExprIsNull(fields.get(i), false)
                    : new ExprBinaryOp(BinaryOp.EQ, fields.get(i), new ExprValue(parts[i])));
        }
        return Expr.and(terms);
    }

    private static List<OrderItem> order(List<OrderItem> order, Schema schema) {
        if (order.stream().noneMatch(o -> span(o.expr(), schema) != null)) {
            return order;
        }
        List<OrderItem> out = new ArrayList<>();
        for (OrderItem o : order) {
            if (span(o.expr(), schema) == null) {
                out.add(o);
            } else {
                fields((ExprPath) o.expr(), schema).forEach(f -> out.add(o.withExpr(f)));
            }
        }
        return out;
    }

    private static List<ExprPath> fields(ExprPath path, Schema schema) {
        int[] span = span(path, schema);
        Model model = schema.model(path.model());
        List<ExprPath> out = new ArrayList<>(span[1]);
        for (Field f : model.fields().subList(span[0], span[0] + span[1])) {
            out.add(new ExprPath(path.model(), f.name()));
        }
        return out;
    }

    private static ModelMapper mapper(ExprPath path, Schema schema) {
        return ModelMapper.of(schema.model(path.model()));
    }

    private static int[] span(Expr e, Schema schema) {
        if (!(e instanceof ExprPath p)) {
            return null;
        }
        Model model = schema.model(p.model());
        return model == null || model.records() == null ? null : dev.toasty.internal.mapping.ModelMapper.of(model).span(p.field());
    }
}
