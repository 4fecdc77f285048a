package dev.toasty.internal.stmt;

import java.util.List;

/**
 * The value at a path of keys inside a JSON field ({@code meta -> "author" -> "lang"}), read as text,
 * as a number or as a boolean. Null when the path is missing or holds JSON null. The keys are part of
 * the statement's shape, written into the SQL as escaped literals, never bound.
 */
public record ExprJsonValue(Expr operand, List<String> keys, Kind kind) implements Expr {

    public enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN
    }

    public ExprJsonValue {
        keys = List.copyOf(keys);
    }
}
