package dev.toasty.internal.engine;

import dev.toasty.SchemaException;
import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprAnyOf;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprJsonValue;
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
            case Select s -> new Select(s.model(), expr(s.filter(), null),
                    s.order().stream().map(o -> o.withExpr(expr(o.expr(), null))).toList(),
                    s.limit() == null ? null : expr(s.limit(), LONG), s.offset() == null ? null : expr(s.offset(), LONG),
                    s.returning(), s.allowScan(), s.fields(), s.via(), s.deferred(), s.lock());
            case Insert i -> new Insert(i.model(), i.fields(), i.rows().stream().map(row -> {
                List<Expr> lowered = new java.util.ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    lowered.add(expr(row.get(c), ArgSpec.of(model.field(i.fields().get(c)).column())));
                }
                return lowered;
            }).toList(), i.returnKeys(), i.onConflict());
            case Update u -> new Update(u.model(), u.assignments().stream()
                    .map(a -> new Update.Assignment(a.field(), expr(a.value(), ArgSpec.of(model.field(a.field()).column()))))
                    .toList(), expr(u.filter(), null));
            case Delete d -> new Delete(d.model(), expr(d.filter(), null));
        };
    }

    private static final ArgSpec LONG = new ArgSpec(FieldType.LONG, null);
    private static final ArgSpec STRING = new ArgSpec(FieldType.STRING, null);

    /** Lowers {@code e}; an argument directly under it binds as {@code spec} (as text when null). */
    private Expr expr(Expr e, ArgSpec spec) {
        return switch (e) {
            case ExprPath p -> new ExprColumn(column(p));
            case ExprColumn c -> c;
            case ExprValue v -> throw new IllegalStateException("unparameterized value in " + e);
            case ExprArg a -> {
                specs[a.index()] = spec == null ? STRING : spec;
                yield a;
            }
            case ExprConst c -> c;
            case ExprBinaryOp b -> new ExprBinaryOp(b.op(), expr(b.lhs(), specOf(b.rhs())), expr(b.rhs(), specOf(b.lhs())));
            case ExprAnd a -> new ExprAnd(a.operands().stream().map(o -> expr(o, null)).toList());
            case ExprOr o -> new ExprOr(o.operands().stream().map(x -> expr(x, null)).toList());
            case ExprNot n -> new ExprNot(expr(n.operand(), null));
            case ExprIsNull n -> new ExprIsNull(expr(n.operand(), null), n.negated());
            case ExprInList in -> new ExprInList(expr(in.operand(), null),
                    in.list().stream().map(x -> expr(x, specOf(in.operand()))).toList(), in.negated());
            case ExprBetween b -> new ExprBetween(expr(b.operand(), null),
                    expr(b.low(), specOf(b.operand())), expr(b.high(), specOf(b.operand())));
            case ExprLike l -> new ExprLike(expr(l.operand(), null),
                    expr(l.argument(), new ArgSpec(FieldType.STRING, l.kind())), l.kind(), l.negated());
            case ExprLower l -> new ExprLower(expr(l.operand(), spec == null ? null : new ArgSpec(FieldType.STRING, spec.pattern())));
            case ExprAnyOf a -> {
                ExprArg list = (ExprArg) a.values();
                ArgSpec element = specOf(a.operand());
                specs[list.index()] = new ArgSpec(element.type(), element.column(), null, true);
                yield new ExprAnyOf(expr(a.operand(), null), list);
            }
            case ExprSubquery q -> q.withParts(new Lowering(q.target(), specs).expr(q.where(), null),
                    q.count() == null ? null : expr(q.count(), LONG));
            case ExprRelation r -> throw new IllegalStateException("unexpanded relation condition " + r);
            case ExprArrayOp a -> new ExprArrayOp(a.op(), expr(a.operand(), null), expr(a.values(), specOf(a.operand())));
            case ExprArraySize z -> new ExprArraySize(expr(z.operand(), null));
            case ExprJsonValue j -> new ExprJsonValue(expr(j.operand(), null), j.keys(), j.kind());
        };
    }

    /** How a value compared with {@code e} binds: as the column's stored type, through its conversion. */
    private ArgSpec specOf(Expr e) {
        return switch (e) {
            case ExprPath p -> ArgSpec.of(column(p));
            case ExprColumn c -> ArgSpec.of(c.column());
            case ExprLower l -> STRING;
            case ExprArraySize z -> LONG;
            case ExprJsonValue j -> new ArgSpec(switch (j.kind()) {
                case TEXT -> FieldType.STRING;
                case NUMBER -> FieldType.DOUBLE;
                case BOOLEAN -> FieldType.BOOLEAN;
            }, null);
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
