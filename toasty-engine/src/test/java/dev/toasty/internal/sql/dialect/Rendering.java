package dev.toasty.internal.sql.dialect;

import dev.toasty.internal.mapping.SchemaBuilder;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Model;
import dev.toasty.schema.Schema;

import java.util.List;

/** Runs the planner's steps up to SQL text for a statement on {@link Person}, as the engine does on a cache miss. */
final class Rendering {

    private Rendering() {
    }

    private static final Schema SCHEMA = SchemaBuilder.build(List.of(Person.class));

    static Model model() {
        return SCHEMA.model(Person.class);
    }

    static SqlText render(SqlDialect dialect, Statement statement) {
        return dev.toasty.internal.sql.PlanPreview.sql(dialect, SCHEMA, statement);
    }

    /**
     * {@code sql} written with double-quoted identifiers, as SQLite's renderer writes them: in backticks. Quotes inside
     * string literals (JSON paths) stay as they are.
     */
    static String onSqlite(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean literal = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                literal = !literal;
            }
            out.append(c == '"' && !literal ? '`' : c);
        }
        return out.toString();
    }
}
