package dev.toasty.internal.engine;

import dev.toasty.internal.sql.SqlDialect;
import dev.toasty.internal.sql.SqlRenderer;
import dev.toasty.internal.sql.SqlText;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Model;

/** Not API: the SQL the planner makes for a statement, without a database; for tests and tooling. */
public final class PlanPreview {

    private PlanPreview() {
    }

    public static SqlText sql(SqlDialect dialect, Model model, Statement statement) {
        Parameterized p = Parameterizer.split(statement);
        Lowering.Lowered lowered = Lowering.lower(p.shape(), model, p.args().length);
        Verifier.verify(lowered, dialect.capability(), p.args().length);
        return SqlRenderer.render(dialect, model, lowered.statement());
    }
}
