package dev.toasty.internal.engine;

import dev.toasty.SchemaException;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprAnyOf;
import dev.toasty.internal.stmt.ExprSubquery;
import dev.toasty.internal.stmt.ExprAnd;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprConst;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.ExprLower;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.ExprOr;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.FieldType;
import dev.toasty.schema.Model;

import java.util.List;

/**
 * Lowers an app-level, parameterized statement to the db level: model fields become table columns,
 * and every argument learns the stored type (and pattern kind) it binds as.
 */
public final class Lowering {

    private final Model model;
    private final ArgSpec[] specs;
    /** The join model of a select through one ({@link Select.Via}), whose fields the filter may name too. */
    private Model joined;

    private Lowering(Model model, int argCount) {
        this(model, new ArgSpec[argCount]);
    }

    private Lowering(Model model, ArgSpec[] specs) {
        this.model = model;
        this.specs = specs;
    }

    public record Lowered(Statement statement, Model model, ArgSpec[] args) {
    }

    public static Lowered lower(Statement shape, Model model, int argCount) {
        Lowering l = new Lowering(model, argCount);
        if (shape instanceof Select s && s.via() != null) {
            l.joined = s.via().join();
        }
        return new Lowered(l.statement(shape), model, l.specs);
    }

    private Statement statement(Statement statement) {
        return switch (statement) {
            case Select s -> new Select(s.model(), expr(s.filter(), null, null),
                    s.order().stream().map(o -> o.withExpr(expr(o.expr(), null, null))).toList(),
                    s.limit() == null ? null : expr(s.limit(), FieldType.LONG, null),
                    s.offset() == null ? null : expr(s.offset(), FieldType.LONG, null), s.returning(), s.allowScan(),
                    s.fields(), s.via());
            case Insert i -> new Insert(i.model(), i.fields(), i.rows().stream().map(row -> {
                List<Expr> lowered = new java.util.ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    lowered.add(expr(row.get(c), model.field(i.fields().get(c)).type(), null));
                }
                return lowered;
            }).toList(), i.returnKeys());
            case Update u -> new Update(u.model(), u.assignments().stream()
                    .map(a -> new Update.Assignment(a.field(), expr(a.value(), model.field(a.field()).type(), null)))
                    .toList(), expr(u.filter(), null, null));
            case Delete d -> new Delete(d.model(), expr(d.filter(), null, null));
        };
    }

    /** Lowers {@code e}; an argument directly under it binds as {@code type}, as a pattern of {@code pattern} if given. */
    private Expr expr(Expr e, FieldType type, MatchKind pattern) {
        return switch (e) {
            case ExprPath p -> new ExprColumn(column(p));
            case ExprColumn c -> c;
            case ExprValue v -> throw new IllegalStateException("unparameterized value in " + e);
            case ExprArg a -> {
                specs[a.index()] = new ArgSpec(type == null ? FieldType.STRING : type, pattern);
                yield a;
            }
            case ExprConst c -> c;
            case ExprBinaryOp b -> new ExprBinaryOp(b.op(), expr(b.lhs(), typeOf(b.rhs()), null), expr(b.rhs(), typeOf(b.lhs()), null));
            case ExprAnd a -> new ExprAnd(a.operands().stream().map(o -> expr(o, null, null)).toList());
            case ExprOr o -> new ExprOr(o.operands().stream().map(x -> expr(x, null, null)).toList());
            case ExprNot n -> new ExprNot(expr(n.operand(), null, null));
            case ExprIsNull n -> new ExprIsNull(expr(n.operand(), null, null), n.negated());
            case ExprInList in -> new ExprInList(expr(in.operand(), null, null),
                    in.list().stream().map(x -> expr(x, typeOf(in.operand()), null)).toList(), in.negated());
            case ExprBetween b -> new ExprBetween(expr(b.operand(), null, null),
                    expr(b.low(), typeOf(b.operand()), null), expr(b.high(), typeOf(b.operand()), null));
            case ExprLike l -> new ExprLike(expr(l.operand(), null, null),
                    expr(l.argument(), FieldType.STRING, l.kind()), l.kind(), l.negated());
            case ExprLower l -> new ExprLower(expr(l.operand(), FieldType.STRING, pattern));
            case ExprAnyOf a -> {
                ExprArg list = (ExprArg) a.values();
                specs[list.index()] = new ArgSpec(typeOf(a.operand()), null, true);
                yield new ExprAnyOf(expr(a.operand(), null, null), list);
            }
            case ExprSubquery q -> q.withParts(new Lowering(q.target(), specs).expr(q.where(), null, null),
                    q.count() == null ? null : expr(q.count(), FieldType.LONG, null));
            case ExprRelation r -> throw new IllegalStateException("unexpanded relation condition " + r);
        };
    }

    private FieldType typeOf(Expr e) {
        return switch (e) {
            case ExprPath p -> column(p).type();
            case ExprColumn c -> c.column().type();
            case ExprLower l -> FieldType.STRING;
            default -> null;
        };
    }

    private dev.toasty.schema.Column column(ExprPath path) {
        if (joined != null && path.model() == joined.type()) {
            return joined.field(path.field()).column();
        }
        if (path.model() != model.type()) {
            throw new SchemaException("Field " + path.model().getSimpleName() + "." + path.field()
                    + " belongs to another model than the queried " + model.name()
                    + ": filter on fields of " + model.name() + "_");
        }
        return model.field(path.field()).column();
    }
}
