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
}
