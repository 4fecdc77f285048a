package dev.toasty.internal.sql.dialect;

import dev.toasty.driver.Feature;

import dev.toasty.internal.stmt.Delete;
import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.ExprAnd;
import dev.toasty.internal.stmt.ExprArg;
import dev.toasty.internal.stmt.ExprArrayOp;
import dev.toasty.internal.stmt.ExprArraySize;
import dev.toasty.internal.stmt.ExprBetween;
import dev.toasty.internal.stmt.ExprBinaryOp;
import dev.toasty.internal.stmt.ExprColumn;
import dev.toasty.internal.stmt.ExprConst;
import dev.toasty.internal.stmt.ExprInList;
import dev.toasty.internal.stmt.ExprIsNull;
import dev.toasty.internal.stmt.ExprJsonValue;
import dev.toasty.internal.stmt.ExprLike;
import dev.toasty.internal.stmt.ExprLower;
import dev.toasty.internal.stmt.ExprNot;
import dev.toasty.internal.stmt.ExprOr;
import dev.toasty.internal.stmt.ExprPath;
import dev.toasty.internal.stmt.ExprRelation;
import dev.toasty.internal.stmt.ExprAnyOf;
import dev.toasty.internal.stmt.ExprSubquery;
import dev.toasty.internal.stmt.ExprValue;
import dev.toasty.internal.stmt.Insert;
import dev.toasty.internal.stmt.OrderItem;
import dev.toasty.internal.stmt.Select;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.internal.stmt.Update;
import dev.toasty.schema.Column;
import dev.toasty.schema.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a lowered statement to SQL text with {@code ?} placeholders only, for one dialect. Runs once
 * per statement shape; the plan cache keeps its output.
 */
public final class SqlRenderer {

    private final SqlDialect dialect;
    private final Model model;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Integer> binds = new ArrayList<>();
    private boolean writing;
    private int subqueries;
    /** Table aliases of a select through a join model; columns of the top level are qualified with them. */
    private final java.util.Map<String, String> aliases = new java.util.HashMap<>();
    private int depth;

    private SqlRenderer(SqlDialect dialect, Model model) {
        this.dialect = dialect;
        this.model = model;
    }

    public static SqlText render(SqlDialect dialect, Model model, Statement statement) {
        SqlRenderer r = new SqlRenderer(dialect, model);
        r.statement(statement);
        return new SqlText(r.sql.toString(), r.binds.stream().mapToInt(Integer::intValue).toArray());
    }

    private void statement(Statement statement) {
        switch (statement) {
            case Select s -> select(s);
            case Insert i -> insert(i);
            case Update u -> {
                writing = true;
                update(u);
            }
            case Delete d -> {
                writing = true;
                sql.append("DELETE FROM ").append(table());
                where(d.filter());
            }
        }
    }

    private void select(Select s) {
        boolean paged = s.limit() != null || s.offset() != null;
        if (s.via() != null) {
            via(s);
        } else switch (s.returning()) {
            case ROWS -> sql.append("SELECT ").append(columnList(s.fields(), s.deferred())).append(" FROM ").append(table());
            case EXISTS -> sql.append("SELECT 1 FROM ").append(table());
            case COUNT -> sql.append(paged ? "SELECT count(*) FROM (SELECT 1 FROM " : "SELECT count(*) FROM ").append(table());
        }
        where(s.filter());
        if (!s.order().isEmpty() && s.returning() == Select.Returning.ROWS) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < s.order().size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                order(s.order().get(i));
            }
        }
        if (s.returning() == Select.Returning.EXISTS) {
            sql.append(" LIMIT 1");
            if (s.offset() != null) {
                sql.append(" OFFSET ");
                expr(s.offset());
            }
        } else {
            limit(s.limit(), s.offset());
        }
        if (s.returning() == Select.Returning.COUNT && paged) {
            sql.append(") AS q");
        }
        if (s.lock() != null) {
            sql.append(dialect.lockClause(s.lock()));
        }
    }

    /** {@code SELECT t0.*, t1.returned FROM target t0 JOIN join t1 ON t1.joinFields = t0.key}. */
    private void via(Select s) {
        Model join = s.via().join();
        aliases.put(model.table().name(), "t0");
        aliases.put(join.table().name(), "t1");
        sql.append("SELECT ").append(model.table().columns().stream().map(c -> left(c, s.deferred()) ? "NULL" : qualified(c))
                .collect(Collectors.joining(", ")));
        for (String f : s.via().returned()) {
            sql.append(", ").append(qualified(join.field(f).column()));
        }
        sql.append(" FROM ").append(table()).append(" t0 JOIN ").append(dialect.quote(join.table().name())).append(" t1 ON ");
        for (int i = 0; i < s.via().joinFields().size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(qualified(join.field(s.via().joinFields().get(i)).column())).append(" = ")
                    .append(qualified(model.key().get(i).column()));
        }
    }

    private String qualified(Column c) {
        String alias = depth == 0 ? aliases.get(c.table()) : null;
        return alias == null ? dialect.quote(c.name()) : alias + "." + dialect.quote(c.name());
    }

    private void limit(Expr limit, Expr offset) {
        if (limit != null) {
            sql.append(" LIMIT ");
            expr(limit);
            sql.append(dialect.afterLimitPlaceholder());
        } else if (offset != null && dialect.offsetNeedsLimit()) {
            sql.append(" LIMIT ").append(dialect.noLimit());
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            expr(offset);
            sql.append(dialect.afterLimitPlaceholder());
        }
    }

    private void order(OrderItem item) {
        boolean nullable = !(item.expr() instanceof ExprColumn c) || c.column().nullable();
        boolean wantLast = item.nullsLast();
        boolean naturalLast = dialect.nullsSortHigh() != item.descending();
        if (nullable && wantLast != naturalLast) {
            dialect.nullsPlacement().term(sql, () -> expr(item.expr()), item.descending(), wantLast);
            return;
        }
        expr(item.expr());
        if (item.descending()) {
            sql.append(" DESC");
        }
    }

    private void insert(Insert i) {
        sql.append("INSERT INTO ").append(table());
        if (i.fields().isEmpty()) {
            sql.append(" DEFAULT VALUES");
        } else {
            sql.append(" (").append(i.fields().stream().map(f -> dialect.quote(model.field(f).column().name()))
                    .collect(Collectors.joining(", "))).append(") VALUES ");
            for (int r = 0; r < i.rows().size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                List<Expr> row = i.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    sql.append(c == 0 ? "" : ", ");
                    expr(row.get(c));
                }
                sql.append(')');
            }
        }
        if (i.onConflict() != null) {
            dialect.onConflict(sql, columns(i.onConflict().target()), columns(i.onConflict().update()));
        }
        Column auto = model.table().autoColumn();
        if (i.returnKeys() && auto != null && dialect.capability().has(Feature.RETURNING_CLAUSE)) {
            sql.append(" RETURNING ").append(dialect.quote(auto.name()));
        }
    }

    private List<String> columns(List<String> fields) {
        return fields.stream().map(f -> dialect.quote(model.field(f).column().name())).toList();
    }

    private void update(Update u) {
        sql.append("UPDATE ").append(table()).append(" SET ");
        for (int i = 0; i < u.assignments().size(); i++) {
            Update.Assignment a = u.assignments().get(i);
            sql.append(i == 0 ? "" : ", ").append(dialect.quote(model.field(a.field()).column().name())).append(" = ");
            expr(a.value());
        }
        where(u.filter());
    }

    private void where(Expr filter) {
        if (!Expr.TRUE.equals(filter)) {
            sql.append(" WHERE ");
            expr(filter);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case ExprColumn c -> sql.append(qualified(c.column()));
            case ExprArg a -> {
                sql.append('?');
                binds.add(a.index());
            }
            case ExprConst c -> sql.append(c.value() ? "1 = 1" : "1 = 0");
            case ExprBinaryOp b -> {
                expr(b.lhs());
                sql.append(' ').append(b.op().sql()).append(' ');
                expr(b.rhs());
            }
            case ExprAnd a -> junction(a.operands(), " AND ");
            case ExprOr o -> junction(o.operands(), " OR ");
            case ExprNot n -> {
                sql.append("NOT (");
                expr(n.operand());
                sql.append(')');
            }
            case ExprIsNull n -> {
                expr(n.operand());
                sql.append(n.negated() ? " IS NOT NULL" : " IS NULL");
            }
            case ExprInList in -> {
                expr(in.operand());
                sql.append(in.negated() ? " NOT IN (" : " IN (");
                for (int i = 0; i < in.list().size(); i++) {
                    sql.append(i == 0 ? "" : ", ");
                    expr(in.list().get(i));
                }
                sql.append(')');
            }
            case ExprBetween b -> {
                expr(b.operand());
                sql.append(" BETWEEN ");
                expr(b.low());
                sql.append(" AND ");
                expr(b.high());
            }
            case ExprLike l -> {
                expr(l.operand());
                sql.append(l.negated() ? " NOT " : " ").append(dialect.matchOperator(l.kind())).append(' ');
                expr(l.argument());
                sql.append(dialect.matchEscape(l.kind()));
            }
            case ExprLower l -> {
                sql.append(dialect.lowerFunction()).append('(');
                expr(l.operand());
                sql.append(')');
            }
            case ExprSubquery q -> subquery(q);
            case ExprAnyOf a -> {
                expr(a.operand());
                sql.append(" = ANY(");
                expr(a.values());
                sql.append(')');
            }
            case ExprRelation r -> throw new IllegalStateException("unexpanded relation condition " + r);
            case ExprArrayOp a -> dialect.arrayOp(sql, a.op(), () -> operand(a.operand()), () -> expr(a.values()));
            case ExprArraySize z -> dialect.arraySize(sql, () -> operand(z.operand()));
            case ExprJsonValue j -> dialect.jsonValue(sql, j.operand() instanceof ExprColumn c ? c.column() : null,
                    () -> operand(j.operand()), j.keys(), j.kind());
            case ExprPath p -> throw new IllegalStateException("unlowered field " + p);
            case ExprValue v -> throw new IllegalStateException("unparameterized value");
        }
    }

    /**
     * The array or JSON column of an array or JSON expression, always qualified by its table (or the table's alias):
     * dialects write it inside subqueries over {@code json_each}, whose own columns ({@code value}, {@code key}) would
     * take a bare name.
     */
    private void operand(Expr e) {
        if (e instanceof ExprColumn c) {
            String alias = depth == 0 ? aliases.get(c.column().table()) : null;
            sql.append(alias != null ? alias : dialect.quote(c.column().table())).append('.').append(dialect.quote(c.column().name()));
        } else {
            expr(e);
        }
    }

    /** See {@link ExprSubquery}: one IN subquery, or for a count the pair that also counts zero. */
    private void subquery(ExprSubquery q) {
        if (!q.counts()) {
            in(q, false);
            return;
        }
        sql.append("((");
        in(q, true);
        sql.append(") OR (NOT (");
        in(q, false);
        sql.append(") AND 0 ").append(q.countOp().sql()).append(' ');
        expr(q.count());
        sql.append("))");
    }

    private void in(ExprSubquery q, boolean grouped) {
        String outer = q.outer().stream().map(this::qualified).collect(Collectors.joining(", "));
        String inner = q.inner().stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
        sql.append(q.outer().size() == 1 ? outer : "(" + outer + ")").append(" IN (");
        // MySQL cannot read the table an UPDATE or DELETE writes, except through a derived table
        boolean derived = writing && dialect instanceof MysqlDialect;
        if (derived) {
            sql.append("SELECT * FROM (");
        }
        sql.append("SELECT ").append(inner).append(" FROM ").append(dialect.quote(q.target().table().name()));
        List<String> guards = new ArrayList<>();
        q.inner().stream().filter(Column::nullable).forEach(c -> guards.add(dialect.quote(c.name()) + " IS NOT NULL"));
        if (q.typeColumn() != null) {
            guards.add(dialect.quote(q.typeColumn().name()) + " = '" + q.typeName() + "'");
        }
        boolean hasWhere = !Expr.TRUE.equals(q.where());
        depth++;
        if (!guards.isEmpty() || hasWhere) {
            sql.append(" WHERE ").append(String.join(" AND ", guards));
        }
        if (hasWhere) {
            sql.append(guards.isEmpty() ? "" : " AND ");
            sql.append(q.whereNotTrue() ? "CASE WHEN " : "(");
            expr(q.where());
            sql.append(q.whereNotTrue() ? " THEN 0 ELSE 1 END = 1" : ")");
        }
        if (grouped) {
            sql.append(" GROUP BY ").append(inner).append(" HAVING count(*) ").append(q.countOp().sql()).append(' ');
            expr(q.count());
        }
        depth--;
        if (derived) {
            sql.append(") AS ").append(dialect.quote("sub" + (subqueries++)));
        }
        sql.append(')');
    }

    private void junction(List<Expr> operands, String separator) {
        for (int i = 0; i < operands.size(); i++) {
            sql.append(i == 0 ? "" : separator);
            Expr operand = operands.get(i);
            boolean nested = operand instanceof ExprAnd || operand instanceof ExprOr;
            if (nested) {
                sql.append('(');
            }
            expr(operand);
            if (nested) {
                sql.append(')');
            }
        }
    }

    private String table() {
        return dialect.quote(model.table().name());
    }

    private String columnList(List<String> fields, List<String> deferred) {
        if (!fields.isEmpty()) {
            return fields.stream().map(f -> dialect.quote(model.field(f).column().name())).collect(Collectors.joining(", "));
        }
        return model.table().columns().stream().map(c -> left(c, deferred) ? "NULL" : dialect.quote(c.name()))
                .collect(Collectors.joining(", "));
    }

    /** Whether a whole-record select leaves this column out: a deferred field the query does not load (read as NULL). */
    private boolean left(Column c, List<String> deferred) {
        dev.toasty.schema.Field f = model.fields().get(c.index());
        return f.deferred() && !deferred.contains(f.name());
    }
}
