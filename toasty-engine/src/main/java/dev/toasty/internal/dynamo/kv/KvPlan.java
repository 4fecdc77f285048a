package dev.toasty.internal.dynamo.kv;

import dev.toasty.internal.stmt.Expr;
import dev.toasty.internal.stmt.Select;
import dev.toasty.schema.Column;

import java.util.List;

/**
 * A planned read for a key-value backend: the access path, the rest of the filter (applied by the
 * backend as a filter expression), the argument holding the limit, what to return, and the columns
 * whose values mark a position in the result (DynamoDB's {@code LastEvaluatedKey}) for cursors.
 */
public record KvPlan(KvAccess access, Expr residual, Integer limitArg, Select.Returning returning,
                     List<Column> positionColumns, String description) {

    public KvPlan {
        positionColumns = List.copyOf(positionColumns);
    }

    /** Whether a filter remains after the access path. */
    public boolean filtered() {
        return !Expr.TRUE.equals(residual);
    }
}
