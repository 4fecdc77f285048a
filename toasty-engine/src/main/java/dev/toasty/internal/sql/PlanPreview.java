package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Lowering;
import dev.toasty.internal.engine.Parameterized;
import dev.toasty.internal.engine.Parameterizer;
import dev.toasty.internal.engine.Verifier;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.internal.sql.dialect.SqlRenderer;
import dev.toasty.internal.sql.dialect.SqlText;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Model;

/** Not API: the SQL the planner makes for a statement, without a database; for tests and tooling. */
public final class PlanPreview {

    private PlanPreview() {
    }

    public static SqlText sql(SqlDialect dialect, Model model, Statement statement) {
        Parameterized p = Parameterizer.split(statement);
        Lowering.Lowered lowered = Verifier.checked(p.shape(), model, p.args().length, dialect.capability());
        return SqlRenderer.render(dialect, model, lowered.statement());
    }
}
