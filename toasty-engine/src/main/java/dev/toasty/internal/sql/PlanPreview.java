package dev.toasty.internal.sql;

import dev.toasty.internal.engine.Parameterized;
import dev.toasty.internal.engine.Parameterizer;
import dev.toasty.internal.engine.Planning;
import dev.toasty.internal.sql.dialect.SqlDialect;
import dev.toasty.internal.sql.dialect.SqlText;
import dev.toasty.internal.stmt.Statement;
import dev.toasty.schema.Schema;

/**
 * Not API: the SQL the engine plans for a statement, without a database; for tests and tooling. It takes the
 * engine's own steps ({@link Planning}) and the SQL driver's rendering, so it shows what runs.
 */
public final class PlanPreview {

    private PlanPreview() {
    }

    public static SqlText sql(SqlDialect dialect, Schema schema, Statement statement) {
        Parameterized p = Parameterizer.split(Planning.expanded(statement, schema));
        Planning.Planned ready = Planning.planned(p.shape(), p.args().length, schema, dialect.capability());
        return SqlDriver.render(dialect, ready.model(), ready.lowered());
    }
}
