package dev.toasty.internal.engine;

import dev.toasty.internal.stmt.MatchKind;
import dev.toasty.schema.FieldType;

/**
 * How one argument is bound: the stored type whose codec binds it, and for string matching the kind
 * of pattern the plain text becomes (null otherwise).
 */
public record ArgSpec(FieldType type, MatchKind pattern, boolean array) {

    public ArgSpec(FieldType type, MatchKind pattern) {
        this(type, pattern, false);
    }
}
