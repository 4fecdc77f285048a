package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.Column;
import dev.toasty.schema.FieldType;

/**
 * How one argument is bound: the stored type whose codec binds it, the column whose storage converts
 * it first (null for values that are no field's, such as a limit), for string matching the kind of
 * pattern the plain text becomes (null otherwise), and whether it is a list bound as one array.
 */
public record ArgSpec(FieldType type, Column column, MatchKind pattern, boolean array) {

    public ArgSpec(FieldType type, MatchKind pattern) {
        this(type, null, pattern, false);
    }

    /** A value of {@code column}'s field. */
    public static ArgSpec of(Column column) {
        return new ArgSpec(column.type(), column, null, false);
    }
}
